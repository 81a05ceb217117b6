import type { ResourceDescriptor } from '../descriptor';
import { registerPortBindingRoutes } from './binding-routes';
import { registerPortRoutes } from './routes';
import { PORT_STORE } from './store';

/** `port` with its `binding:*` attributes and the binding-extended sub-resource. */
export const portsResource: ResourceDescriptor = {
  name: 'ports',
  collections: ['ports'],
  extensions: [
    { alias: 'binding', name: 'Port Binding', description: 'Expose port bindings of a virtual port to external application' },
    { alias: 'binding-extended', name: 'Port Bindings Extended', description: 'Expose port bindings of a virtual port to external application' },
  ],
  fieldPolicy: {
    adminOnlyWrite: ['binding:host_id', 'binding:profile'],
    adminOnlyRead: ['binding:host_id', 'binding:profile', 'binding:vif_type', 'binding:vif_details'],
  },
  storeCollections: PORT_STORE,
  register: (app, mount) => {
    registerPortRoutes(app, mount.backend);
    registerPortBindingRoutes(app, mount.backend);
  },
};
