import { pino, type DestinationStream, type Logger } from 'pino';

export type { DestinationStream, Logger } from 'pino';

/** Paths whose values never reach a log line (fastify request shapes and any nested secret). */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers["x-auth-token"]',
  'req.headers["x-service-token"]',
  'req.headers["x-subject-token"]',
  'req.headers.authorization',
  'headers["x-auth-token"]',
  'headers["x-service-token"]',
  'headers["x-subject-token"]',
  'headers.authorization',
  'token',
  'password',
  '*.token',
  '*.password',
];

export interface LoggerOptions {
  /** Process / app name, carried by every line. */
  readonly name: string;
  /** pino level name (`fatal` … `trace`, or `silent`); default `info`. */
  readonly level?: string;
  /** Where lines go; default stdout. Tests pass an in-memory stream. */
  readonly destination?: DestinationStream;
}

/**
 * Creates the process's root logger. Create exactly one per process and hand out
 * `logger.child({ component })` to components; every child shares redaction and serializers.
 */
export function createLogger(options: LoggerOptions): Logger {
  const config = {
    name: options.name,
    level: options.level ?? 'info',
    redact: { paths: [...REDACTED_PATHS], censor: '[Redacted]' },
    serializers: { err: pino.stdSerializers.err },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}
