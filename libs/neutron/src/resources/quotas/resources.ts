/**
 * The resources Trellis counts against quotas: only those it really has. Neutron also lists
 * floatingip and rbac_policy; Trellis has neither, so it neither shows nor accepts them.
 */
export const QUOTA_RESOURCES = ['network', 'subnet', 'port', 'router', 'security_group', 'security_group_rule'] as const;
export type QuotaResource = (typeof QUOTA_RESOURCES)[number];

/** A limit per resource; -1 = unlimited. */
export type QuotaLimits = Readonly<Record<QuotaResource, number>>;

/** Neutron's `[quotas]` defaults (quota_network, quota_subnet, quota_port, quota_router, quota_security_group, quota_security_group_rule). */
export const NEUTRON_DEFAULT_QUOTAS: QuotaLimits = { network: 100, subnet: 100, port: 500, router: 10, security_group: 10, security_group_rule: 100 };

/** One project's explicit limits, as the store keeps them (resources not set use the default). */
export interface StoredQuota {
  readonly projectId: string;
  readonly limits: Partial<QuotaLimits>;
}

/** `quota_details`: per resource what is used, the limit and what is reserved (always 0 here). */
export type QuotaDetails = Readonly<Record<QuotaResource, { readonly used: number; readonly limit: number; readonly reserved: number }>>;

/** The limits that apply to a project: its own where set, the defaults elsewhere. */
export function effectiveLimits(defaults: QuotaLimits, stored: Partial<QuotaLimits> | undefined): QuotaLimits {
  return Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, stored?.[r] ?? defaults[r]])) as QuotaLimits;
}

/** Resources whose limit `requested` more would pass, sorted (what OverQuota names). */
export function overLimit(limits: QuotaLimits, used: Readonly<Partial<Record<QuotaResource, number>>>, requested: Readonly<Partial<Record<QuotaResource, number>>>): QuotaResource[] {
  return QUOTA_RESOURCES.filter((r) => {
    const want = requested[r] ?? 0;
    return want > 0 && limits[r] >= 0 && (used[r] ?? 0) + want > limits[r];
  });
}

/** `['port', 'subnet']` rendered as Python renders a list of strings, as Neutron's message does. */
export function pythonList(items: readonly string[]): string {
  return `[${items.map((i) => `'${i}'`).join(', ')}]`;
}
