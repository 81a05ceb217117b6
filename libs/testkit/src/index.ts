export { freePort } from './process/free-port';
export { spawnNode, type NodeProcess, type SpawnNodeOptions } from './process/node-process';
export { tempDir } from './process/temp-dir';
export { canUseNamespaces, inNamespace, run as runIp } from './netns/ip-command';
export { NamespaceSet } from './netns/namespaces';
export { startEtcd, type EtcdCluster, type EtcdMember, type StartEtcdOptions } from './etcd/etcd-cluster';
export { eventually } from './wait/eventually';
