import { createRequire } from 'node:module';
import type { Logger } from 'pino';

/**
 * The grpc-js version whose private members this module's fast paths were written against and
 * tested with. On any other installed version the fast paths stay off (public API only).
 */
export const GRPC_FAST_PATH_VERSION = '1.14.7';

/** Why the fast path is on or off. */
export type GrpcFastPathState = 'active' | 'disabled' | 'forced-public' | 'version-mismatch';

export interface GrpcFastPathGateOptions {
  /** The app's kill switch (its config key `grpcFastPath`); false = public API only. */
  readonly enabled: boolean;
  /** Receives the one warning when the installed grpc-js is not {@link GRPC_FAST_PATH_VERSION}. */
  readonly logger?: Pick<Logger, 'warn'>;
  /** The installed grpc-js version; read from its package.json when omitted (tests pass one). */
  readonly grpcVersion?: string;
}

let forcedPublic = false;
let versionWarned = false;

/**
 * Forces the public API for every gate decided after the call, whatever the apps' config says;
 * the test projects that run suites on the public path call it from a setup file.
 */
export function forceGrpcPublicPath(force = true): void {
  forcedPublic = force;
}

/** The installed @grpc/grpc-js version. */
export function installedGrpcVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('@grpc/grpc-js/package.json') as { version: string }).version;
}

/**
 * Decides whether the fast paths may touch grpc-js internals: only when the app enables them,
 * no test forced the public path and the installed grpc-js is exactly the version they were
 * written for. A version mismatch is logged once per process.
 */
export function grpcFastPathState(options: GrpcFastPathGateOptions): GrpcFastPathState {
  if (forcedPublic) return 'forced-public';
  if (!options.enabled) return 'disabled';
  const version = options.grpcVersion ?? installedGrpcVersion();
  if (version !== GRPC_FAST_PATH_VERSION) {
    if (!versionWarned) {
      versionWarned = true;
      options.logger?.warn(
        { installed: version, writtenFor: GRPC_FAST_PATH_VERSION },
        'grpc-js version differs from the one the fast path was written for; using the public API',
      );
    }
    return 'version-mismatch';
  }
  return 'active';
}

/** Lets a test see the once-per-process warning again. */
export function resetGrpcVersionWarning(): void {
  versionWarned = false;
}
