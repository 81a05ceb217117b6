import type { CollectionSpec } from '@trellis/store';

/**
 * A store collection spec whose index functions are typed by the collection's value; the store
 * itself sees values as unknown.
 */
export const storeSpec = <T>(name: string, indexes?: CollectionSpec<T>['indexes']): CollectionSpec => ({ name, indexes }) as CollectionSpec;
