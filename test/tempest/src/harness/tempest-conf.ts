import { CENTRAL_REGION } from './keystone';

export interface TempestConfInput {
  readonly identityUrl: string;
  readonly adminUsername: string;
  readonly adminPassword: string;
  readonly adminProject: string;
  readonly adminDomain: string;
  /** Aliases from GET /v2.0/extensions, exactly. */
  readonly extensions: readonly string[];
  readonly logFile: string;
}

/**
 * tempest.conf for the network API tests against Trellis. Only neutron is available; addresses
 * come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).
 */
export function renderTempestConf(c: TempestConfInput): string {
  const sections: Record<string, Record<string, string | number | boolean>> = {
    DEFAULT: { log_file: c.logFile, debug: true, use_stderr: false },
    auth: {
      use_dynamic_credentials: true,
      // The network tests make their own networks; no per-project network/router set.
      create_isolated_networks: false,
      admin_username: c.adminUsername,
      admin_password: c.adminPassword,
      admin_project_name: c.adminProject,
      admin_domain_name: c.adminDomain,
      default_credentials_domain_name: c.adminDomain,
    },
    identity: { uri_v3: c.identityUrl, auth_version: 'v3', region: CENTRAL_REGION, v3_endpoint_type: 'public' },
    'identity-feature-enabled': { api_v2: false, api_v3: true },
    network: {
      catalog_type: 'network',
      region: CENTRAL_REGION,
      endpoint_type: 'publicURL',
      project_network_cidr: '192.0.2.0/24',
      project_network_mask_bits: 28,
      project_network_v6_cidr: '2001:db8::/48',
      project_network_v6_mask_bits: 64,
      project_networks_reachable: false,
      shared_physical_network: false,
      // Waits for a resource to go (cleanups poll GET until 404): short, so that a failed DELETE
      // costs seconds, not Tempest's default 300 s.
      build_timeout: 10,
      build_interval: 1,
    },
    'network-feature-enabled': {
      api_extensions: c.extensions.join(','),
      // Trellis takes IPv6 subnets with ipv6_ra_mode / ipv6_address_mode.
      ipv6: true,
      ipv6_subnet_attributes: true,
      port_admin_state_change: true,
      port_security: c.extensions.includes('port-security'),
      floating_ips: false,
    },
    service_available: { neutron: true, nova: false, cinder: false, glance: false, swift: false, horizon: false },
    validation: { run_validation: false },
  };
  const lines: string[] = [];
  for (const [section, values] of Object.entries(sections)) {
    lines.push(`[${section}]`);
    for (const [key, value] of Object.entries(values)) lines.push(`${key} = ${typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value)}`);
    lines.push('');
  }
  return lines.join('\n');
}
