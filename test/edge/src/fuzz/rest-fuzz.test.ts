import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNeutronError, startDeployment, type Answer, type Deployment, type Target } from '../deployment';
import { FIXED_SEED, RANDOM_SEED, REQUEST_TIMEOUT_MS, RUNS } from './budget';
import { fuzzRequest, type FuzzRequest } from './requests';

/**
 * Generated requests over every route of central and of a cell-agent forwarding to it. For each:
 * no 5xx, no hang, every error body NeutronError-shaped, and a refused request changes nothing
 * (central's store revision, and what the agent lists, are the same before and after).
 */
let d: Deployment;
const counts = { requests: 0, refused: 0 };
beforeAll(async () => {
  d = await startDeployment();
  process.stdout.write(`rest fuzz: fixed seed ${FIXED_SEED}, random seed ${RANDOM_SEED} (replay with FUZZ_SEED=${RANDOM_SEED})\n`);
});
afterAll(async () => {
  process.stdout.write(`rest fuzz: ${counts.requests} requests, ${counts.refused} refused with 4xx\n`);
  await d?.close();
});

async function within(request: FuzzRequest, target: Target): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)), REQUEST_TIMEOUT_MS);
  });
  try {
    return await Promise.race([target.call(request), hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a refused request must leave as it was. */
async function state(target: Target): Promise<unknown> {
  const revision = await d.centralStore.currentRevision();
  if (target.name === 'central') return revision;
  const lists = await Promise.all(['networks', 'subnets', 'ports'].map((c) => target.call({ method: 'GET', url: `/v2.0/${c}` })));
  return [revision, lists.map((l) => l.body)];
}

async function check(target: Target, request: FuzzRequest): Promise<void> {
  const before = await state(target);
  const res = await within(request, target);
  counts.requests++;
  const where = `${request.method} ${request.url.slice(0, 300)} → ${res.status} ${res.body.slice(0, 300)}`;
  expect(res.status, where).toBeLessThan(500);
  if (res.status >= 400) {
    counts.refused++;
    expect(isNeutronError(res.json), where).toBe(true);
    expect(await state(target), `state changed by a refused request: ${where}`).toEqual(before);
  }
}

describe.each([
  ['central', () => d.central, RUNS.central],
  ['cell-agent + central', () => d.agent, RUNS.agent],
] as const)('REST fuzz: %s', (_name, target, numRuns) => {
  for (const [kind, seed] of [['fixed', FIXED_SEED], ['random', RANDOM_SEED]] as const) {
    it(`${numRuns} requests, ${kind} seed ${seed}`, async () => {
      await fc.assert(fc.asyncProperty(fuzzRequest(d.ids), (request) => check(target(), request)), { seed, numRuns, endOnFailure: true });
    });
  }
});
