import { afterEach, describe, expect, it } from 'vitest';
import { openGrpcFastPath } from './grpc-fast-path';
import { forceGrpcPublicPath, GRPC_FAST_PATH_VERSION, grpcFastPathState, installedGrpcVersion, resetGrpcVersionWarning } from './version-gate';
import { receiveFramesDirect, receiveFramesPublic } from './server-inbound';

function warnings() {
  const seen: Array<{ data: unknown; msg: string }> = [];
  return { seen, logger: { warn: (data: unknown, msg: string) => void seen.push({ data, msg }) } as never };
}

describe('grpc fast path gate', () => {
  afterEach(() => {
    forceGrpcPublicPath(false);
    resetGrpcVersionWarning();
  });

  it('is written for the grpc-js version the workspace installs', () => {
    // When this fails, grpc-js was upgraded: the fast path is off (public API) until its
    // internals are checked against the new version and GRPC_FAST_PATH_VERSION is moved.
    expect(installedGrpcVersion()).toBe(GRPC_FAST_PATH_VERSION);
  });

  it('is active only when enabled, not forced off and on the exact version', () => {
    expect(grpcFastPathState({ enabled: true, grpcVersion: GRPC_FAST_PATH_VERSION })).toBe('active');
    expect(grpcFastPathState({ enabled: false, grpcVersion: GRPC_FAST_PATH_VERSION })).toBe('disabled');
    forceGrpcPublicPath();
    expect(grpcFastPathState({ enabled: true, grpcVersion: GRPC_FAST_PATH_VERSION })).toBe('forced-public');
  });

  it('falls back to the public API on another grpc-js version, warning once per process', () => {
    const w = warnings();
    for (const version of ['1.14.8', '1.15.0', '1.14.6']) {
      const gate = openGrpcFastPath({ enabled: true, grpcVersion: version, logger: w.logger });
      expect(gate.state).toBe('version-mismatch');
      expect(gate.active).toBe(false);
      expect(gate.receiveFrames).toBe(receiveFramesPublic);
      expect(gate.framedSender({} as never)).toBeUndefined();
    }
    expect(w.seen).toHaveLength(1);
    expect(w.seen[0].data).toEqual({ installed: '1.14.8', writtenFor: GRPC_FAST_PATH_VERSION });
  });

  it('hands out the internals only when active', () => {
    const gate = openGrpcFastPath({ enabled: true, grpcVersion: GRPC_FAST_PATH_VERSION });
    expect(gate.active).toBe(true);
    expect(gate.receiveFrames).toBe(receiveFramesDirect);
    const off = openGrpcFastPath({ enabled: false });
    expect(off.receiveFrames).toBe(receiveFramesPublic);
  });
});
