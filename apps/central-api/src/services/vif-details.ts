import type { VifSettings } from './bindings';

/** Linux interface names hold at most 14 characters in Nova's model (`NIC_NAME_LEN`). */
const NIC_NAME_LEN = 14;

/**
 * The Linux bridge of a network as Neutron's linuxbridge agent names it and as Nova defaults
 * it for `vif_type: bridge`: `brq` + the network id, cut to 14 characters.
 */
export function linuxBridgeName(networkId: string): string {
  return `brq${networkId}`.slice(0, NIC_NAME_LEN);
}

/**
 * `binding:vif_details` of a port bound on `networkId`. For `vif_type: bridge` (the default,
 * what the Linux host-agent wires) they are those of Neutron's linuxbridge mechanism driver
 * (`port_filter`, `connectivity`) plus `bridge_name`, which Nova / os-vif plug the tap into and
 * create when missing; a configured `bridge_name` wins. Other vif types keep the configured
 * details as they are.
 */
export function vifDetailsFor(vif: VifSettings, networkId: string): Record<string, unknown> {
  if (vif.vifType !== 'bridge') return { ...vif.vifDetails };
  return { ...vif.vifDetails, bridge_name: vif.vifDetails.bridge_name ?? linuxBridgeName(networkId) };
}
