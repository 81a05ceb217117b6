import type { ServerDuplexStream } from '@grpc/grpc-js';
import { receiveFramesDirect, receiveFramesPublic } from './server-inbound';
import { directFramedSender, type FramedSender } from './server-outbound';
import { grpcFastPathState, type GrpcFastPathGateOptions, type GrpcFastPathState } from './version-gate';

export type { FramedSender } from './server-outbound';

/**
 * The one place where Trellis touches grpc-js's private members. An app opens it once with its
 * kill switch; every stream then goes through it, and it uses the internals only when the gate
 * is active (see `grpcFastPathState`), else the public API.
 */
export interface GrpcFastPath {
  readonly state: GrpcFastPathState;
  readonly active: boolean;
  /**
   * Delivers a server stream's inbound messages (requestDeserialize = identity) to `onFrame`,
   * one at a time, and its half-close to `onEnd`.
   */
  receiveFrames(call: ServerDuplexStream<Buffer, Buffer>, onFrame: (frame: Buffer) => void, onEnd: () => void): void;
  /**
   * A sender of framed bytes beneath the stream's Writable, or undefined: the caller then writes
   * each message (without its prefix) with `write()` and waits for 'drain' when it returns false.
   */
  framedSender(call: ServerDuplexStream<Buffer, Buffer>): FramedSender | undefined;
}

/** Opens the gate once per app (the version check and its one warning happen here). */
export function openGrpcFastPath(options: GrpcFastPathGateOptions): GrpcFastPath {
  const state = grpcFastPathState(options);
  if (state !== 'active') return { state, active: false, receiveFrames: receiveFramesPublic, framedSender: () => undefined };
  return { state, active: true, receiveFrames: receiveFramesDirect, framedSender: directFramedSender };
}

/** The public API only (tests and tools that construct streams without an app's config). */
export const PUBLIC_GRPC_PATH: GrpcFastPath = {
  state: 'disabled',
  active: false,
  receiveFrames: receiveFramesPublic,
  framedSender: () => undefined,
};
