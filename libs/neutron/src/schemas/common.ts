import { Type, type TSchema } from '@sinclair/typebox';

/**
 * Value types as Neutron's converters accept them: `convert_to_int` takes numeric strings (the
 * openstack CLI sends `"mtu": "1450"`), `convert_to_boolean` takes "true"/"false"/"1"/"0".
 * Bodies are validated without ajv coercion, so nothing is silently rewritten.
 */
export const IntLike = Type.Union([Type.Integer(), Type.String({ pattern: '^\\s*-?[0-9]+\\s*$' })]);
export const BoolLike = Type.Union([Type.Boolean(), Type.String({ pattern: '^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|0|1)$' })]);
export const Name = Type.String({ maxLength: 255 });
export const Description = Type.String({ maxLength: 255 });
export const Uuid = Type.String({ pattern: '^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$' });
export const ProjectId = Type.String({ minLength: 1, maxLength: 255 });
export const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 255 }), { maxItems: 50 });
export const JsonObject = Type.Record(Type.String(), Type.Unknown());

/** `{"<one>": {...}}` or, for bulk, `{"<many>": [{...}, ...]}` — exactly one of them. */
export function singleOrBulk<T extends TSchema>(one: string, many: string, item: T) {
  return Type.Object(
    { [one]: Type.Optional(item), [many]: Type.Optional(Type.Array(item, { minItems: 1, maxItems: 1000 })) },
    { additionalProperties: false, minProperties: 1, maxProperties: 1 },
  );
}

/** `{"<one>": {...}}` for updates. */
export function single<T extends TSchema>(one: string, item: T) {
  return Type.Object({ [one]: item }, { additionalProperties: false });
}

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 255 }) });

/** List queries: control keys typed, any other key is an attribute filter (checked later). */
export const ListQuery = Type.Object(
  {
    fields: Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())])),
    limit: Type.Optional(Type.String({ pattern: '^[0-9]+$' })),
    marker: Type.Optional(Type.String()),
  },
  { additionalProperties: Type.Union([Type.String(), Type.Array(Type.String())]) },
);

/** GET of one resource: only `fields` is meaningful. */
export const ShowQuery = Type.Object({ fields: Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())])) });

export const toInt = (v: number | string): number => (typeof v === 'number' ? v : Number.parseInt(v.trim(), 10));
export const toBool = (v: boolean | string): boolean => (typeof v === 'boolean' ? v : ['true', '1'].includes(v.toLowerCase()));
