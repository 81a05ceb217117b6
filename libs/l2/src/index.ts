// Shared L2-population model: the host's view of its span, delta application with MAC mobility,
// per-VNI digests and address codecs. Used by the vtep-controller and the host-agent alike.
export { bytesToIp, bytesToMac, canonicalIp, ipToBytes, macToBytes, writeIpv4 } from './address';
export { AddressBytesCache } from './address-cache';
export { applyDecodedVniDelta, applyVniDelta, fdbLocationWins } from './apply-delta';
export { applyChangeSet, applyChangeSetEntries, diffVniViews, emptyChangeSet, isEmptyChangeSet, tableChangeSet, type ChangeSetTarget, type FdbLocation, type VniChangeSet } from './change-set';
export { decodeVniDelta, encodeVniDeltaSpec, leaveVniDelta, macFromBytes, vniDeltaFromView, type DecodedVniDelta } from './delta-codec';
export type { FdbEntrySpec, NeighEntrySpec, VniDeltaSpec, WireVniDelta } from './delta-spec';
export { stageVniDelta } from './stage-delta';
export { subnetCanonical, subnetFromWire, subnetToWire, subnetsEqual, type Ipv6Mode, type SubnetView } from './subnet-view';
export { forEachFdbRecord, forEachNeighRecord, macTextAt, packFdbGroup, packFdbUpserts, packMacs, packNeighbours, readFdbGroup, readMacs, readNeighbours, type FdbText } from './packed-entries';
export { canonicalEntries, digestMatches, digestToWire, digestVniView, entryHash, fnv1a64 } from './digest';
export {
  cloneHostView,
  cloneLocalPort,
  cloneVniView,
  copyVniView,
  diffViews,
  emptyVniView,
  localPortsEqual,
  viewsEqual,
  vniEntryCount,
  vniViewsEqual,
  type HostView,
  type LocalPortView,
  type VniView,
} from './view';
export {
  canonicalCidr,
  cidrMatcher,
  decodeRouterDelta,
  digestRouterView,
  encodeRouterDelta,
  leaveRouterDelta,
  routerDigests,
  routerNeighbours,
  routerView,
  routerViewsEqual,
  type DecodedRouterDelta,
  type RouterInterfaceView,
  type RouterRouteView,
  type RouterTable,
  type RouterView,
} from './router';
