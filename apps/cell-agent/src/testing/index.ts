// Test and benchmark fixtures: a fake central (Neutron routes + feed over a store) and a
// helper that starts a cell-agent against it.
export { FakeCentral } from './fake-central';
export { startTestAgent } from './test-agent';
