import type { StandardAttrs } from '@trellis/domain';
import { str, strings, type NeutronJson, type WireJson } from './wire';

/** The attributes every resource carries (standard-attr-*), as Neutron renders them. */
export function standardToJson(attrs: StandardAttrs): NeutronJson {
  return {
    id: attrs.id,
    name: attrs.name,
    description: attrs.description,
    project_id: attrs.projectId,
    tenant_id: attrs.projectId,
    tags: [...attrs.tags],
    revision_number: attrs.revisionNumber,
    created_at: attrs.createdAt,
    updated_at: attrs.updatedAt,
  };
}

/** The inverse of standardToJson (`tenant_id` when `project_id` is missing). */
export function standardFromJson(j: WireJson): StandardAttrs {
  return {
    id: str(j.id),
    projectId: str(j.project_id, str(j.tenant_id)),
    name: str(j.name),
    description: str(j.description),
    tags: strings(j.tags),
    revisionNumber: typeof j.revision_number === 'number' ? j.revision_number : 0,
    createdAt: str(j.created_at),
    updatedAt: str(j.updated_at),
  };
}
