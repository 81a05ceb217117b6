import type { ResourceDescriptor } from '../descriptor';
import { TAG_EXTENSIONS, registerTagRoutes } from './routes';

/** `standard-attr-tag` sub-resources, where asked for and networks are written here. */
export const tagsResource: ResourceDescriptor = {
  name: 'tags',
  collections: [],
  extensions: TAG_EXTENSIONS,
  mountedWhen: (mount) => mount.tags === true && mount.networkWrites !== undefined,
  register: (app, mount) => {
    if (mount.networkWrites) registerTagRoutes(app, mount.backend, mount.networkWrites, mount);
  },
};
