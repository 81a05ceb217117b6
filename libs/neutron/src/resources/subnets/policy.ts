import type { Subnet } from '@trellis/domain';
import type { RequestContext } from '../../context';
import type { NetworkReadBackend } from '../networks/backend';

/** Whether a network is shared, read once per network for one request (missing: not shared). */
export function networkSharedLookup(backend: NetworkReadBackend, ctx: RequestContext): (networkId: string) => Promise<boolean> {
  const shared = new Map<string, boolean>();
  return async (networkId) => {
    let flag = shared.get(networkId);
    if (flag === undefined) {
      const net = await backend.getNetwork(ctx, networkId).catch(() => undefined);
      flag = net?.network.shared === true;
      shared.set(networkId, flag);
    }
    return flag;
  };
}

/** Subnets inherit readability from their network (a shared network's subnets are readable). */
export async function readableSubnets(backend: NetworkReadBackend, ctx: RequestContext, subnets: Subnet[]): Promise<Subnet[]> {
  if (ctx.isAdmin) return subnets;
  const isShared = networkSharedLookup(backend, ctx);
  const out: Subnet[] = [];
  for (const s of subnets) {
    if (s.projectId === ctx.projectId || (await isShared(s.networkId))) out.push(s);
  }
  return out;
}
