import { ETHER_TYPES, RULE_DIRECTIONS, domainError, type EtherType, type RuleDirection } from '@trellis/domain';

/** Protocol names Neutron accepts (neutron-lib `IP_PROTOCOL_MAP`, plus the legacy `icmpv6`), with their numbers. */
export const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = {
  ah: 51, dccp: 33, egp: 8, esp: 50, gre: 47, hopopt: 0, icmp: 1, igmp: 2, ipip: 4, 'ipv6-encap': 41, 'ipv6-frag': 44, 'ipv6-icmp': 58,
  icmpv6: 58, 'ipv6-nonxt': 59, 'ipv6-opts': 60, 'ipv6-route': 43, ospf: 89, pgm: 113, rsvp: 46, sctp: 132, tcp: 6, udp: 17, udplite: 136, vrrp: 112,
};

/** Protocols whose port range is a range of ports (Neutron's `SG_PORT_PROTO_NAMES` and their numbers). */
const PORT_PROTOCOLS = new Set(['tcp', 'udp', 'dccp', 'sctp', 'udplite', '6', '17', '33', '132', '136']);
const ICMP_PROTOCOLS = new Set(['icmp', 'ipv6-icmp', 'icmpv6', '1', '58']);
/** Protocols that exist only over IPv6: an IPv4 rule for them is refused. */
const IPV6_ONLY_PROTOCOLS = new Set(['ipv6-encap', 'ipv6-frag', 'ipv6-icmp', 'icmpv6', 'ipv6-nonxt', 'ipv6-opts', 'ipv6-route', '41', '43', '44', '58', '59', '60']);

const pythonList = (values: readonly (string | null)[]) => `[${values.map((v) => (v === null ? 'None' : `'${v}'`)).join(', ')}]`;

export function ruleDirection(value: string | undefined): RuleDirection {
  const found = RULE_DIRECTIONS.find((d) => d === value);
  if (!found) throw domainError('SecurityGroupRuleInvalidDirection', { direction: value ?? 'None', values: pythonList(RULE_DIRECTIONS) });
  return found;
}

/** Neutron's `convert_ethertype_to_case_insensitive`: `ipv4` is IPv4; absent is IPv4. */
export function ruleEthertype(value: string | undefined): EtherType {
  if (value === undefined) return 'IPv4';
  const found = ETHER_TYPES.find((e) => e.toLowerCase() === value.toLowerCase());
  if (!found) throw domainError('SecurityGroupRuleInvalidEtherType', { ethertype: value, values: pythonList(ETHER_TYPES) });
  return found;
}

/**
 * Neutron's `convert_protocol`: a known name (any case, kept lowercase) or a number 0-255 (kept as
 * its decimal string); null, absent and `any` mean every protocol.
 */
export function ruleProtocol(value: string | number | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim().toLowerCase();
  if (text === 'any') return null;
  if (/^[0-9]+$/.test(text) && Number(text) <= 255) return String(Number(text));
  if (text in PROTOCOL_NUMBERS) return text;
  throw domainError('SecurityGroupRuleInvalidProtocol', { protocol: String(value), values: pythonList([null, ...Object.keys(PROTOCOL_NUMBERS)]) });
}

/** Neutron's `convert_validate_port_value`: 0-65535 or null. */
export function rulePort(value: number | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw domainError('SecurityGroupInvalidPortValue', { port: value });
  return value;
}

/** Neutron's `_validate_port_range`: what a range means depends on the protocol. */
export function assertPortRange(protocol: string | null, min: number | null, max: number | null): void {
  if (min === null && max === null) return;
  if (protocol === null) throw domainError('SecurityGroupProtocolRequiredWithPorts', {});
  if (PORT_PROTOCOLS.has(protocol)) {
    if (min === 0 || max === 0) throw domainError('SecurityGroupInvalidPortValue', { port: 0 });
    if (min === null || max === null || min > max) throw domainError('SecurityGroupInvalidPortRange', {});
    return;
  }
  if (ICMP_PROTOCOLS.has(protocol)) {
    for (const [value, field, attr] of [[min, 'type', 'port_range_min'], [max, 'code', 'port_range_max']] as const) {
      if (value !== null && value > 255) throw domainError('SecurityGroupInvalidIcmpValue', { field, attr, value });
    }
    if (min === null && max !== null) throw domainError('SecurityGroupMissingIcmpType', { value: max });
  }
}

/** Neutron's `_validate_ethertype_and_protocol`: IPv6-only protocols need an IPv6 rule. */
export function assertEthertypeFitsProtocol(ethertype: EtherType, protocol: string | null): void {
  if (ethertype === 'IPv4' && protocol !== null && IPV6_ONLY_PROTOCOLS.has(protocol)) throw domainError('SecurityGroupEthertypeConflictWithProtocol', { ethertype, protocol });
}

/** A protocol's number where it has one; two rules naming it differently are the same rule. */
export function protocolKey(protocol: string | null): string {
  if (protocol === null) return 'any';
  return protocol in PROTOCOL_NUMBERS ? String(PROTOCOL_NUMBERS[protocol]) : protocol;
}
