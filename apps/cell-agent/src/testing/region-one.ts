import { afterEach, beforeEach } from 'vitest';
import { FakeCentral } from './fake-central';
import { startTestAgent, type TestAgent } from './test-agent';

/** What regionOneEachTest gives the tests of a file: read the fields inside a test. */
export interface RegionOneFixture {
  readonly central: FakeCentral;
  readonly one: TestAgent;
}

/**
 * Registers hooks that give every test of the calling file a fresh fake central with the seed
 * topology and RegionOne's agent (cell1), both closed after the test.
 */
export function regionOneEachTest(): RegionOneFixture {
  const fixture = {} as { central: FakeCentral; one: TestAgent };
  beforeEach(async () => {
    fixture.central = await FakeCentral.start();
    await fixture.central.seedTopology();
    fixture.one = await startTestAgent(fixture.central, { region: 'RegionOne', cells: ['cell1'] });
  });
  afterEach(async () => {
    await fixture.one?.close();
    await fixture.central?.close();
  });
  return fixture;
}
