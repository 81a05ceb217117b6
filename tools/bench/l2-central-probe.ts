import { Client, credentials, Metadata } from '@grpc/grpc-js';
import { ipToBytes } from '@trellis/l2';
import { DistributionService, type trellis } from '@trellis/proto';

// How far the vtep-controller process has consumed central's feed, asked the way a host would:
// a Hello for a registered probe host (no ports, so an empty span) is answered by a Welcome that
// carries the controller's current central revision. An unknown host (its registration not yet
// seen by the controller) is refused, which also means "not there yet".

type HostMessage = trellis.l2.v1.IHostMessage;
type ControllerMessage = trellis.l2.v1.ControllerMessage;

/** The controller's revision as its Welcome states it, or undefined when it refused the hello. */
export function controllerRevision(target: string, hostId: string, vtep: string, timeoutMs = 5_000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const def = DistributionService.stream;
    const client = new Client(target, credentials.createInsecure());
    const call = client.makeBidiStreamRequest<HostMessage, ControllerMessage>(def.path, def.requestSerialize, def.responseDeserialize, new Metadata(), {
      deadline: Date.now() + timeoutMs,
    });
    let done = false;
    const finish = (revision: number | undefined) => {
      if (done) return;
      done = true;
      call.cancel();
      client.close();
      resolve(revision);
    };
    call.on('data', (msg: ControllerMessage) => finish(msg.welcome ? Number(msg.welcome.revision ?? 0) : undefined));
    call.on('error', () => finish(undefined));
    call.on('end', () => finish(undefined));
    call.write({ hello: { hostId, vtep: ipToBytes(vtep), agentVersion: 'l2-bench-probe' } });
  });
}

/** Polls {@link controllerRevision} until it reaches `revision`; bounded by `timeoutMs`. */
export async function waitForControllerRevision(target: string, hostId: string, vtep: string, revision: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let seen: number | undefined;
  for (let i = 0; i < 100_000 && Date.now() < deadline; i++) {
    seen = await controllerRevision(target, hostId, vtep);
    if (seen !== undefined && seen >= revision) return seen;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`vtep-controller at revision ${seen ?? 'unknown'}, not ${revision}, after ${timeoutMs} ms`);
}
