import type { TSchema } from '@sinclair/typebox';

/** The JSON-schema view of a TypeBox schema, limited to what the loader inspects. */
interface SchemaShape {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, TSchema>>;
  readonly patternProperties?: Readonly<Record<string, TSchema>>;
  readonly additionalProperties?: boolean | TSchema;
  readonly anyOf?: readonly TSchema[];
}

const shape = (schema: TSchema): SchemaShape => schema as SchemaShape;

/** `queueLimitBytes` → `QUEUE_LIMIT_BYTES`: the env spelling of a property name. */
export function envSegment(propertyName: string): string {
  return propertyName
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** Object members of a schema (an object itself, or the object members of a union). */
function objectMembers(schema: TSchema): SchemaShape[] {
  const s = shape(schema);
  if (s.properties) return [s];
  return (s.anyOf ?? []).flatMap(objectMembers);
}

/** The property of `schema` whose env spelling is `segment`, or undefined. */
export function propertyForSegment(schema: TSchema, segment: string): { name: string; schema: TSchema } | undefined {
  for (const member of objectMembers(schema)) {
    for (const [name, child] of Object.entries(member.properties ?? {})) {
      if (envSegment(name) === segment || name.toUpperCase() === segment) return { name, schema: child };
    }
  }
  return undefined;
}

/** The child schema of a property, when the schema declares it. */
export function propertySchema(schema: TSchema, name: string): TSchema | undefined {
  for (const member of objectMembers(schema)) {
    const child = member.properties?.[name];
    if (child) return child;
  }
  return undefined;
}

/** True when the schema names its properties and says nothing about others (so extras are typos). */
export function isClosedByConvention(schema: TSchema): boolean {
  const members = objectMembers(schema);
  return members.length > 0 && members.every((m) => !m.patternProperties && m.additionalProperties === undefined);
}

/** The primary JSON type of a schema (`number`, `array`, …), if it has one. */
export function schemaType(schema: TSchema): string | undefined {
  const t = shape(schema).type;
  return Array.isArray(t) ? t[0] : (t as string | undefined);
}
