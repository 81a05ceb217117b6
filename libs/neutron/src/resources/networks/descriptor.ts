import type { ResourceDescriptor } from '../descriptor';
import { registerNetworkRoutes } from './routes';
import { NETWORK_STORE } from './store';

/** `network` with provider, external-net, MTU, availability zone and port-security attributes. */
export const networksResource: ResourceDescriptor = {
  name: 'networks',
  collections: ['networks'],
  extensions: [
    { alias: 'network_availability_zone', name: 'Network Availability Zone', description: 'Availability zone support for network.' },
    { alias: 'provider', name: 'Provider Network', description: 'Expose mapping of virtual networks to physical networks' },
    { alias: 'net-mtu', name: 'Network MTU', description: 'Provides MTU attribute for a network resource.' },
    { alias: 'external-net', name: 'Neutron external network', description: 'Adds external network attribute to network resource.' },
    { alias: 'port-security', name: 'Port Security', description: 'Provides port security' },
    { alias: 'net-mtu-writable', name: 'Network MTU (writable)', description: 'Provides a writable MTU attribute for a network resource.' },
  ],
  fieldPolicy: {
    adminOnlyWrite: ['provider:', 'shared', 'router:external'],
    adminOnlyRead: ['provider:network_type', 'provider:physical_network', 'provider:segmentation_id'],
  },
  storeCollections: NETWORK_STORE,
  register: (app, mount) => registerNetworkRoutes(app, mount.backend, mount.networkWrites),
};
