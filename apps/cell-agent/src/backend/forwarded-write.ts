import { isErrorType } from '@trellis/domain';
import type { AgentMetrics } from '../metrics';

/**
 * Runs one write forwarded to central and counts it by outcome: ok, unavailable (central could
 * not be reached) or refused (central answered with an error, which the caller gets as it is).
 */
export async function forwardedWrite<T>(metrics: AgentMetrics, operation: string, call: () => Promise<T>): Promise<T> {
  try {
    const result = await call();
    metrics.forwardedWrites.inc({ operation, outcome: 'ok' });
    return result;
  } catch (err) {
    metrics.forwardedWrites.inc({ operation, outcome: isErrorType(err, 'ServiceUnavailable') ? 'unavailable' : 'refused' });
    throw err;
  }
}
