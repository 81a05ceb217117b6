import type { ResourceDescriptor } from '../descriptor';
import { ROUTER_EXTENSIONS, registerRouterRoutes } from './routes';
import { ROUTER_STORE } from './store';

/** `router` (extraroute, router_availability_zone), where a RouterBackend is given. */
export const routersResource: ResourceDescriptor = {
  name: 'routers',
  collections: ['routers'],
  extensions: ROUTER_EXTENSIONS,
  storeCollections: ROUTER_STORE,
  mountedWhen: (mount) => mount.routers !== undefined,
  register: (app, mount) => {
    if (mount.routers) registerRouterRoutes(app, mount.routers);
  },
};
