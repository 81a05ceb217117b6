import { readFileSync } from 'node:fs';
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { readEnvLayer } from './env-layer';
import { invalidConfig, type ConfigProblem } from './problems';
import { isClosedByConvention, propertySchema } from './schema-walk';

/** Recursively optional, for defaults that cover only part of a schema. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export interface ConfigSource<S extends TSchema> {
  /** Lowest layer (schema `default`s fill anything still missing). */
  readonly defaults?: DeepPartial<Static<S>>;
  /** Optional JSON file, merged over the defaults. */
  readonly file?: string;
  /** The environment (the app's main passes `process.env`); merged over the file. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Only variables with this prefix are read, e.g. `TRELLIS_`. Required when `env` is given. */
  readonly envPrefix?: string;
  /**
   * Report prefixed variables that name no setting (typos) as problems. Off by default, since
   * apps keep other variables (the config file path) under the same prefix.
   */
  readonly strictEnv?: boolean;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and scalars replace. */
function mergeInto(target: Plain, layer: Plain): Plain {
  for (const [key, value] of Object.entries(layer)) {
    const current = target[key];
    target[key] = isPlain(current) && isPlain(value) ? mergeInto({ ...current }, value) : value;
  }
  return target;
}

function readFileLayer(file: string): { values?: Plain; problems: ConfigProblem[] } {
  const source = `file ${file}`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { problems: [{ path: '', message: `Cannot read the config file: ${(err as Error).message}`, source }] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { problems: [{ path: '', message: `Not valid JSON: ${(err as Error).message}`, source }] };
  }
  if (!isPlain(parsed)) return { problems: [{ path: '', message: 'Expected a JSON object at the top level', source }] };
  return { values: parsed, problems: [] };
}

const escapePointer = (name: string): string => name.replaceAll('~', '~0').replaceAll('/', '~1');

/** Keys the schema does not declare (only where the schema is silent about extra keys). */
function unknownKeys(schema: TSchema, value: Plain, pointer: string, source: string, out: ConfigProblem[]): void {
  for (const [key, child] of Object.entries(value)) {
    const childPointer = `${pointer}/${escapePointer(key)}`;
    const childSchema = propertySchema(schema, key);
    if (!childSchema) {
      if (isClosedByConvention(schema)) out.push({ path: childPointer, message: 'Unknown setting', source });
      continue;
    }
    if (isPlain(child)) unknownKeys(childSchema, child, childPointer, source, out);
  }
}

/** The source of the value at `pointer`: its own, or the nearest ancestor's. */
function sourceOf(sources: ReadonlyMap<string, string>, pointer: string): string | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = sources.get(p);
    if (found || p === '') return found;
  }
}

function recordSources(value: Plain, pointer: string, source: string, sources: Map<string, string>): void {
  for (const [key, child] of Object.entries(value)) {
    const childPointer = `${pointer}/${escapePointer(key)}`;
    sources.set(childPointer, source);
    if (isPlain(child)) recordSources(child, childPointer, source, sources);
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Loads a process configuration: defaults → JSON file → environment → schema defaults →
 * validate → deep-freeze (the result is typed as `Static<S>` but frozen at every level). Env names use double underscores for nesting
 * (`TRELLIS_LISTEN__PORT=9696` → `listen.port`) and are coerced to the schema's types.
 * Never reads `process.env` itself; the app's main passes it in.
 *
 * @throws DomainError `InvalidConfig` whose `params.problems` lists every problem found, each
 *   with its JSON pointer, message and the layer that supplied the value.
 */
export function loadConfig<S extends TSchema>(schema: S, source: ConfigSource<S>): Static<S> {
  const problems: ConfigProblem[] = [];
  const sources = new Map<string, string>();
  let merged: Plain = isPlain(source.defaults) ? structuredClone(source.defaults as Plain) : {};

  if (source.file !== undefined) {
    const layer = readFileLayer(source.file);
    problems.push(...layer.problems);
    if (layer.values) {
      unknownKeys(schema, layer.values, '', `file ${source.file}`, problems);
      recordSources(layer.values, '', `file ${source.file}`, sources);
      merged = mergeInto(merged, layer.values);
    }
  }

  if (source.env !== undefined) {
    if (!source.envPrefix) throw new TypeError('loadConfig: envPrefix is required when env is given');
    const layer = readEnvLayer(schema, source.env, source.envPrefix, source.strictEnv ?? false);
    problems.push(...layer.problems);
    for (const [pointer, from] of layer.sources) sources.set(pointer, from);
    merged = mergeInto(merged, layer.values);
  }

  const value = Value.Default(schema, merged);
  for (const error of Value.Errors(schema, value)) {
    problems.push({ path: error.path, message: error.message, source: sourceOf(sources, error.path) });
  }
  if (problems.length > 0) throw invalidConfig(problems);
  return deepFreeze(value) as Static<S>;
}
