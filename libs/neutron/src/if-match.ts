import { domainError } from '@trellis/domain';
import type { FastifyRequest } from 'fastify';

/** `If-Match: revision_number=N` → the revision the caller expects. */
export interface Precondition {
  readonly revisionNumber?: number;
}

/** Reads `If-Match: revision_number=N` (Neutron's revision-if-match extension). */
export function preconditionOf(request: FastifyRequest): Precondition {
  const header = request.headers['if-match'];
  if (header === undefined) return {};
  const raw = Array.isArray(header) ? header.join(',') : header;
  for (const part of raw.split(',')) {
    const m = /^\s*revision_number=(\d+)\s*$/.exec(part);
    if (m) return { revisionNumber: Number(m[1]) };
  }
  throw domainError('BadRequest', { resource: 'request', msg: `If-Match header must be revision_number=<integer>, got '${raw}'` });
}

/** Throws RevisionNumberConstraintFailed (412) when the resource moved on. */
export function checkPrecondition(precondition: Precondition, current: number): void {
  if (precondition.revisionNumber !== undefined && precondition.revisionNumber !== current) {
    throw domainError('RevisionNumberConstraintFailed', { expected: precondition.revisionNumber, current });
  }
}
