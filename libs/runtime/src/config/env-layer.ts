import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { ConfigProblem } from './problems';
import { propertyForSegment, schemaType } from './schema-walk';

/** Settings read from the environment, as a nested object plus where each value came from. */
export interface EnvLayer {
  readonly values: Record<string, unknown>;
  /** JSON pointer → `env NAME`. */
  readonly sources: ReadonlyMap<string, string>;
  readonly problems: readonly ConfigProblem[];
}

/**
 * Coerces an env string to the leaf schema's type. Numbers and booleans go through TypeBox's
 * Convert (which leaves unconvertible text as is, so validation reports it with its path);
 * arrays take JSON (`[1,2]`) or a comma list; objects take JSON.
 */
function coerce(schema: TSchema, raw: string): { value: unknown } | { error: string } {
  const type = schemaType(schema);
  if (type === 'array') {
    const trimmed = raw.trim();
    let list: unknown;
    if (trimmed.startsWith('[')) {
      try {
        list = JSON.parse(trimmed);
      } catch {
        return { error: 'Expected a JSON array or a comma-separated list' };
      }
    } else {
      list = trimmed === '' ? [] : trimmed.split(',').map((part) => part.trim());
    }
    return { value: Value.Convert(schema, list) };
  }
  if (type === 'object') {
    try {
      return { value: JSON.parse(raw) as unknown };
    } catch {
      return { error: 'Expected a JSON object' };
    }
  }
  return { value: Value.Convert(schema, raw) };
}

function setPath(target: Record<string, unknown>, names: readonly string[], value: unknown): void {
  let node = target;
  for (const name of names.slice(0, -1)) {
    const next = node[name];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[name] = {};
    node = node[name] as Record<string, unknown>;
  }
  node[names[names.length - 1]] = value;
}

/**
 * Reads `PREFIX` + `SECTION__KEY` variables: double underscores separate nesting levels, single
 * underscores spell camelCase (`TRELLIS_FEED__QUEUE_LIMIT_BYTES` → `feed.queueLimitBytes`).
 * A prefixed variable that names no setting is skipped (apps keep e.g. `PREFIX_CONFIG`, the
 * file path, under the same prefix), or reported as a problem when `strict`.
 */
export function readEnvLayer(schema: TSchema, env: Readonly<Record<string, string | undefined>>, prefix: string, strict = false): EnvLayer {
  const values: Record<string, unknown> = {};
  const sources = new Map<string, string>();
  const problems: ConfigProblem[] = [];
  const names = Object.keys(env)
    .filter((name) => name.startsWith(prefix) && name.length > prefix.length)
    .sort();
  for (const envName of names) {
    const raw = env[envName];
    if (raw === undefined) continue;
    const source = `env ${envName}`;
    const segments = envName.slice(prefix.length).split('__');
    const path: string[] = [];
    let node: TSchema | undefined = schema;
    for (const segment of segments) {
      const found: { name: string; schema: TSchema } | undefined = node ? propertyForSegment(node, segment) : undefined;
      if (!found) {
        node = undefined;
        break;
      }
      path.push(found.name);
      node = found.schema;
    }
    const pointer = `/${path.join('/')}`;
    if (!node) {
      if (strict) problems.push({ path: path.length ? pointer : '', message: `Unknown setting ${envName}`, source });
      continue;
    }
    const coerced = coerce(node, raw);
    if ('error' in coerced) {
      problems.push({ path: pointer, message: coerced.error, source });
      continue;
    }
    setPath(values, path, coerced.value);
    sources.set(pointer, source);
  }
  return { values, sources, problems };
}
