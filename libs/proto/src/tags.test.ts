import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { tags } from './generated/tags';

const protoDir = path.resolve(import.meta.dirname, '../../../proto');

function protoFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return protoFiles(full);
    return name.endsWith('.proto') ? [full] : [];
  });
}

function reflectionTypes(): protobuf.Type[] {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(protoDir, target));
  root.loadSync(protoFiles(protoDir));
  root.resolveAll();
  const out: protobuf.Type[] = [];
  const walk = (ns: protobuf.NamespaceBase) => {
    for (const child of ns.nestedArray) {
      if (child instanceof protobuf.Type) out.push(child);
      if (child instanceof protobuf.Namespace || child instanceof protobuf.Type) walk(child);
    }
  };
  walk(root);
  return out;
}

/** A non-default value of one element of `field`, so that protobufjs writes the field. */
function sample(field: protobuf.Field): unknown {
  if (field.resolvedType instanceof protobuf.Enum) return Object.values(field.resolvedType.values).find((v) => v !== 0) ?? 1;
  if (field.resolvedType instanceof protobuf.Type) return {};
  switch (field.type) {
    case 'string':
      return 'x';
    case 'bytes':
      return Uint8Array.of(1);
    case 'bool':
      return true;
    default:
      return 1;
  }
}

/** The generated tag table of a message, by its full name (`trellis.l2.v1.VniDelta`). */
function generatedTags(fullName: string): Record<string, number> | undefined {
  let node: unknown = tags;
  const parts = fullName.split('.');
  // Packages nest as objects; a nested message is keyed by its dotted path within the package.
  for (let i = 0; i < parts.length && node !== undefined; i++) {
    const rec = node as Record<string, unknown>;
    if (parts[i] in rec) node = rec[parts[i]];
    else return rec[parts.slice(i).join('.')] as Record<string, number> | undefined;
  }
  return node as Record<string, number> | undefined;
}

describe('generated field tags', () => {
  const types = reflectionTypes();

  it('cover every message of proto/ and nothing else', () => {
    expect(types.length).toBeGreaterThan(40);
    let fields = 0;
    for (const type of types) {
      const generated = generatedTags(type.fullName.slice(1));
      expect(generated, type.fullName).toBeDefined();
      expect(Object.keys(generated!).sort(), type.fullName).toEqual(type.fieldsArray.map((f) => f.name).sort());
      fields += type.fieldsArray.length;
    }
    expect(fields).toBeGreaterThan(150);
  });

  it("are the tag protobufjs writes before each field (encoded with reflection, one field set at a time)", () => {
    for (const type of types) {
      const generated = generatedTags(type.fullName.slice(1))!;
      for (const field of type.fieldsArray) {
        const value = field instanceof protobuf.MapField ? { [field.keyType === 'string' ? 'k' : '1']: sample(field) } : field.repeated ? [sample(field), sample(field)] : sample(field);
        const bytes = type.encode(type.fromObject({ [field.name]: value })).finish();
        const tag = protobuf.Reader.create(bytes).uint32();
        expect({ field: `${type.fullName}.${field.name}`, tag: generated[field.name] }).toEqual({ field: `${type.fullName}.${field.name}`, tag });
      }
    }
  });
});
