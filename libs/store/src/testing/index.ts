/** Test-only helpers of the store: the backend contract suite and watch helpers. */
export { CONTRACT_COLLECTIONS, describeStoreContract, type OpenStore } from './store-contract';
export { collectWatch, reached, revisionsOf } from './watch-helpers';
