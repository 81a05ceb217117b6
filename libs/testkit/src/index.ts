export { freePort } from './process/free-port';
export { spawnNode, type NodeProcess, type SpawnNodeOptions } from './process/node-process';
export { tempDir } from './process/temp-dir';
export { canUseNamespaces, inNamespace, run as runIp } from './netns/ip-command';
export { NamespaceSet } from './netns/namespaces';
export { startEtcd, type EtcdCluster, type EtcdMember, type StartEtcdOptions } from './etcd/etcd-cluster';
export { eventually } from './wait/eventually';
export { KeystoneServer, KEYSTONE_ADMIN, KEYSTONE_BOOTSTRAP_REGION, type IssuedToken, type KeystoneUser, type StartKeystoneOptions } from './keystone/keystone-server';
export { PYTHON, run as runCommand, runOk, startService, waitForHttp, type Service } from './keystone/service-process';
