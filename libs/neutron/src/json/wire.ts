/** A resource as Neutron renders it (snake_case, `binding:*`, `provider:*`). */
export type NeutronJson = Record<string, unknown>;

/**
 * Readers of parsed wire JSON (what a Neutron endpoint answered): every field is checked where it
 * is read, and a missing or mistyped one takes a fallback instead of throwing.
 */
export type WireJson = Readonly<Record<string, unknown>>;

export const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
export const objects = (v: unknown): WireJson[] => (Array.isArray(v) ? v.filter((x): x is WireJson => typeof x === 'object' && x !== null) : []);
/** A JSON object's own copy; anything else is `{}`. */
export const dict = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : {});
export const nullableStr = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** `v` when it is one of `allowed`, else `fallback`. */
export function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}
