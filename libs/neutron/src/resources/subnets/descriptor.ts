import type { ResourceDescriptor } from '../descriptor';
import { registerSubnetRoutes } from './routes';
import { SUBNET_STORE } from './store';

/** `subnet`: reads everywhere, writes where networks are written. */
export const subnetsResource: ResourceDescriptor = {
  name: 'subnets',
  collections: ['subnets'],
  extensions: [],
  storeCollections: SUBNET_STORE,
  register: (app, mount) => registerSubnetRoutes(app, mount.backend, mount.networkWrites),
};
