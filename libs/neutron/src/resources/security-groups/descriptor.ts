import type { ResourceDescriptor } from '../descriptor';
import { SECURITY_GROUP_EXTENSIONS, registerSecurityGroupRoutes } from './routes';
import { SECURITY_GROUP_STORE } from './store';

/** `security-group` (groups and their rules), where a SecurityGroupBackend is given. */
export const securityGroupsResource: ResourceDescriptor = {
  name: 'security-groups',
  collections: ['security-groups', 'security-group-rules'],
  extensions: SECURITY_GROUP_EXTENSIONS,
  storeCollections: SECURITY_GROUP_STORE,
  mountedWhen: (mount) => mount.securityGroups !== undefined,
  register: (app, mount) => {
    if (mount.securityGroups) registerSecurityGroupRoutes(app, mount.securityGroups);
  },
};
