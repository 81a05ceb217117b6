import { domainError } from '@trellis/domain';
import { toInt } from '../../schemas/common';
import { QUOTA_RESOURCES, type QuotaLimits } from './resources';
import type { QuotaUpdateBody } from './schema';

/** A quota update body as limits; a limit below -1 is refused as Neutron refuses it. */
export function quotaUpdateInput(body: QuotaUpdateBody): Partial<QuotaLimits> {
  const out: Partial<Record<keyof QuotaLimits, number>> = {};
  for (const resource of QUOTA_RESOURCES) {
    const raw = body[resource];
    if (raw === undefined) continue;
    const value = toInt(raw);
    if (!Number.isSafeInteger(value) || value < -1) {
      throw domainError('InvalidInput', { error_message: `Invalid input for ${resource}. Reason: '${String(raw)}' is too small - must be at least '-1'` });
    }
    out[resource] = value;
  }
  return out;
}
