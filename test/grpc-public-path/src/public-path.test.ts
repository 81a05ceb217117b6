import { GRPC_FAST_PATH_VERSION, installedGrpcVersion, openGrpcFastPath } from '@trellis/runtime';
import { Harness } from '@trellis/vtep-controller/src/testing/harness';
import { afterEach, describe, expect, it } from 'vitest';

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.dispose();
});

describe('suites of this project run on the public gRPC path', () => {
  it('the gate is forced off although the version matches and the app enables it', () => {
    expect(installedGrpcVersion()).toBe(GRPC_FAST_PATH_VERSION);
    const gate = openGrpcFastPath({ enabled: true });
    expect(gate.state).toBe('forced-public');
    expect(gate.active).toBe(false);
  });

  it('a controller started with its fast path enabled uses the public API', async () => {
    const h = await new Harness({ grpcFastPath: true }).start();
    harnesses.push(h);
    expect(h.ctl.grpc.state).toBe('forced-public');
  });
});
