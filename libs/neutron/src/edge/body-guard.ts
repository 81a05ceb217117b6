import { domainError, type DomainError } from '@trellis/domain';
import type { EdgeLimits } from './limits';
import { undisplayableReason, unstorableReason, utf8Bytes } from './text';

/**
 * Attributes whose values become store keys or index keys: bounded in bytes (Neutron: 255).
 * Names, descriptions and tags are not keys: they keep Neutron's 255 characters in any script.
 */
const KEYED = new Set(['id', 'project_id', 'tenant_id', 'network_id', 'subnet_id', 'device_id', 'device_owner', 'binding:host_id', 'host', 'availability_zone_hints', 'cell', 'region', 'availability_zone']);
/** Attributes shown to people: no bidi overrides. */
const DISPLAYED = new Set(['name', 'description']);
/** Free-form dicts clients fill as they like; bounded in depth and size. */
const FREE_FORM = new Set(['binding:profile', 'profile']);
/** Levels of structure around a free-form dict (`{"ports": [{"binding:profile": …}]}`). */
const ENVELOPE_DEPTH = 4;

const invalid = (attr: string, reason: string): DomainError => domainError('InvalidInput', { error_message: `Invalid input for ${attr}. Reason: ${reason}` });

/** Nesting depth of a JSON value, counting containers; stops counting past `cap` (no deep recursion). */
function depthOf(value: unknown, cap: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (cap <= 0) return 1;
  let deepest = 0;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, cap - 1));
    if (deepest >= cap) break;
  }
  return deepest + 1;
}

function checkFreeForm(attr: string, value: unknown, limits: EdgeLimits): void {
  if (depthOf(value, limits.freeFormMaxDepth + 1) > limits.freeFormMaxDepth) throw invalid(attr, `nested deeper than ${limits.freeFormMaxDepth} levels`);
  const size = utf8Bytes(JSON.stringify(value) ?? '');
  if (size > limits.freeFormMaxBytes) throw invalid(attr, `${size} bytes of JSON exceeds the limit of ${limits.freeFormMaxBytes} bytes`);
}

function checkString(attr: string, text: string, limits: EdgeLimits): void {
  const reason = unstorableReason(text) ?? (DISPLAYED.has(attr) ? undisplayableReason(text) : undefined);
  if (reason) throw invalid(attr, reason);
  if (KEYED.has(attr) && utf8Bytes(text) > limits.idMaxBytes) throw invalid(attr, `'${text.slice(0, 32)}…' is ${utf8Bytes(text)} bytes; the limit is ${limits.idMaxBytes} bytes of UTF-8`);
  // Neutron refuses a /0 subnet: it would claim every address of its family.
  if (attr === 'cidr' && /^[^/]*\/0+\s*$/.test(text)) throw invalid(attr, `${text} is not allowed as a subnet CIDR`);
}

function checkObject(obj: Readonly<Record<string, unknown>>): void {
  if (typeof obj.project_id === 'string' && typeof obj.tenant_id === 'string' && obj.project_id !== obj.tenant_id) {
    throw domainError('BadRequest', { resource: 'request', msg: "'project_id' and 'tenant_id' do not match" });
  }
}

/**
 * Refuses request bodies the backends and the store cannot take: NUL and unpaired surrogates in
 * any string, bidi overrides in names and descriptions, keyed attributes over `idMaxBytes` bytes,
 * free-form dicts over their depth or size bound, conflicting project/tenant ids, /0 CIDRs, and
 * any nesting deeper than a free-form dict plus its envelope. Runs before schema validation, so it
 * never recurses further than that bound.
 */
export function checkBody(body: unknown, limits: EdgeLimits): void {
  const maxDepth = limits.freeFormMaxDepth + ENVELOPE_DEPTH;
  const visit = (value: unknown, attr: string, depth: number): void => {
    if (typeof value === 'string') return checkString(attr, value, limits);
    if (value === null || typeof value !== 'object') return;
    if (depth >= maxDepth) throw invalid(attr || 'body', `nested deeper than ${maxDepth} levels`);
    if (FREE_FORM.has(attr)) {
      checkFreeForm(attr, value, limits);
      // Inside a free-form dict only storability matters: its keys are not Neutron attributes.
      return visitFreeForm(value, attr, depth);
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, attr, depth + 1);
      return;
    }
    checkObject(value as Record<string, unknown>);
    for (const [key, child] of Object.entries(value)) {
      const reason = unstorableReason(key);
      if (reason) throw invalid(attr || 'body', `an attribute name ${reason}`);
      visit(child, key, depth + 1);
    }
  };
  const visitFreeForm = (value: unknown, attr: string, depth: number): void => {
    if (typeof value === 'string') {
      const reason = unstorableReason(value);
      if (reason) throw invalid(attr, reason);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const reason = unstorableReason(key);
      if (reason) throw invalid(attr, `a key ${reason}`);
      visitFreeForm(child, attr, depth + 1);
    }
  };
  visit(body, '', 0);
}
