import { Type, type Static } from '@sinclair/typebox';
import { IntLike, single } from '../../schemas/common';
import { QUOTA_RESOURCES } from './resources';

/** `PUT /v2.0/quotas/{project_id}`: any subset of the resources Trellis counts; nothing else. */
export const QuotaUpdate = Type.Object(Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, Type.Optional(IntLike)])), { additionalProperties: false });
export type QuotaUpdateBody = Partial<Record<(typeof QUOTA_RESOURCES)[number], number | string>>;
export const QuotaUpdateRequest = single('quota', QuotaUpdate);

export const ProjectParams = Type.Object({ projectId: Type.String({ minLength: 1, maxLength: 255 }) });
export type ProjectParamsValue = Static<typeof ProjectParams>;
