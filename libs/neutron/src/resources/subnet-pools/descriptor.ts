import type { ResourceDescriptor } from '../descriptor';
import { SUBNETPOOL_EXTENSIONS, registerSubnetPoolRoutes } from './routes';
import { SUBNETPOOL_STORE } from './store';

/** `subnet_allocation` and `default-subnetpools`, where a SubnetPoolBackend is given. */
export const subnetPoolsResource: ResourceDescriptor = {
  name: 'subnet-pools',
  collections: ['subnetpools'],
  extensions: SUBNETPOOL_EXTENSIONS,
  storeCollections: SUBNETPOOL_STORE,
  mountedWhen: (mount) => mount.subnetPools !== undefined,
  register: (app, mount) => {
    if (mount.subnetPools) registerSubnetPoolRoutes(app, mount.subnetPools);
  },
};
