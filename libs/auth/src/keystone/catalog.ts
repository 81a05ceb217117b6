/** One service of a Keystone v3 token's catalog. */
export interface CatalogService {
  readonly type: string;
  readonly name?: string;
  readonly endpoints: readonly { readonly interface: string; readonly region_id?: string; readonly region?: string; readonly url: string }[];
}

export interface EndpointFilter {
  /** Service type, e.g. `compute`. */
  readonly type: string;
  /** `public`, `internal` or `admin`. */
  readonly interface: string;
  /** Region id; undefined = the first endpoint of that interface in any region. */
  readonly region?: string;
}

/** The URL keystoneauth's `get_endpoint(service_type, interface, region_name)` would pick. */
export function findEndpoint(catalog: readonly CatalogService[], filter: EndpointFilter): string | undefined {
  for (const service of catalog) {
    if (service.type !== filter.type) continue;
    for (const endpoint of service.endpoints) {
      if (endpoint.interface !== filter.interface) continue;
      if (filter.region !== undefined && (endpoint.region_id ?? endpoint.region) !== filter.region) continue;
      return endpoint.url;
    }
  }
  return undefined;
}
