import { Collections } from '@trellis/domain';
import { storeSpec } from '../../store-spec';
import type { ResourceDescriptor } from '../descriptor';
import { QUOTA_EXTENSIONS, registerQuotaRoutes } from './routes';

/** `quotas` and `quota_details`, where a QuotaBackend is given. */
export const quotasResource: ResourceDescriptor = {
  name: 'quotas',
  collections: ['quotas'],
  extensions: QUOTA_EXTENSIONS,
  storeCollections: [storeSpec(Collections.quotas)],
  mountedWhen: (mount) => mount.quotas !== undefined,
  register: (app, mount) => {
    if (mount.quotas) registerQuotaRoutes(app, mount.quotas);
  },
};
