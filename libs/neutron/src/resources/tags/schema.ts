import { Type } from '@sinclair/typebox';

/** A tag as neutron-lib validates it: a non-empty string of at most 255 characters. */
export const Tag = Type.String({ minLength: 1, maxLength: 255 });
export const TagsBody = Type.Object({ tags: Type.Array(Tag, { maxItems: 50 }) }, { additionalProperties: false });
export const TagParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 255 }), tag: Tag });
