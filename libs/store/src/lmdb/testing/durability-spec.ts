import type { CollectionSpec } from '../../store';

/** Collections written by the durability writer and checked by its test. */
export const DURABILITY_COLLECTIONS: readonly CollectionSpec[] = [{ name: 'events' }, { name: 'counters' }];
