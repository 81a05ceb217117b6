import { isIPv4, isIPv6 } from 'node:net';
import { domainError, type EtherType } from '@trellis/domain';

const v4ToBigInt = (ip: string): bigint => ip.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);

function v6ToBigInt(ip: string): bigint {
  let text = ip;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hextets.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = v4ToBigInt(v4[1]);
    text = `${text.slice(0, v4.index)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const hextets = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return hextets.reduce((acc, h) => (acc << 16n) | BigInt(Number.parseInt(h, 16)), 0n);
}

function v4ToString(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((n >> shift) & 0xffn)).join('.');
}

/** RFC 5952 text: lowercase, longest run of zero hextets (two or more) as `::`. */
function v6ToString(n: bigint): string {
  const hextets = [...Array(8).keys()].map((i) => Number((n >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = { start: -1, length: 0 };
  let run = { start: -1, length: 0 };
  hextets.forEach((h, i) => {
    run = h !== 0 ? { start: -1, length: 0 } : { start: run.start < 0 ? i : run.start, length: run.length + 1 };
    if (run.length >= 2 && run.length > best.length) best = run;
  });
  const hex = hextets.map((h) => h.toString(16));
  if (best.start < 0) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}

/** A remote IP prefix, normalised to its network address. */
export interface IpPrefix {
  readonly cidr: string;
  readonly ethertype: EtherType;
}

/**
 * Neutron's `convert_ip_prefix_to_cidr`: an address or address/length, normalised to the network
 * (`10.0.0.5/24` → `10.0.0.0/24`, a bare address → `/32` or `/128`); anything else is InvalidCIDR.
 */
export function parseIpPrefix(input: string): IpPrefix {
  const invalid = () => domainError('InvalidCIDR', { input });
  const slash = input.indexOf('/');
  const address = slash < 0 ? input : input.slice(0, slash);
  const lengthText = slash < 0 ? undefined : input.slice(slash + 1);
  const version = isIPv4(address) ? 4 : isIPv6(address) && !address.includes('%') ? 6 : 0;
  if (version === 0) throw invalid();
  const bits = version === 4 ? 32 : 128;
  if (lengthText !== undefined && !/^[0-9]{1,3}$/.test(lengthText)) throw invalid();
  const length = lengthText === undefined ? bits : Number(lengthText);
  if (length > bits) throw invalid();
  const value = version === 4 ? v4ToBigInt(address) : v6ToBigInt(address);
  const hostBits = BigInt(bits - length);
  const network = (value >> hostBits) << hostBits;
  return { cidr: `${version === 4 ? v4ToString(network) : v6ToString(network)}/${length}`, ethertype: version === 4 ? 'IPv4' : 'IPv6' };
}
