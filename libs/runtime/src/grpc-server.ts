import { ServerCredentials, type Server } from '@grpc/grpc-js';

/**
 * Binds a grpc-js server and resolves with the bound port, so `127.0.0.1:0` yields the port the
 * kernel picked. Plaintext unless `credentials` are given (see `grpcServerCredentials`).
 */
export function listenGrpc(server: Server, address: string, credentials: ServerCredentials = ServerCredentials.createInsecure()): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, credentials, (err, port) => (err ? reject(err) : resolve(port)));
  });
}

/**
 * Stops a server gracefully: tryShutdown waits for open calls (long-lived streams never finish on
 * their own), so after `timeoutMs` the remaining calls are cancelled with forceShutdown.
 * Resolves with how it ended.
 */
export function shutdownGrpc(server: Server, timeoutMs: number): Promise<'graceful' | 'forced'> {
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      server.forceShutdown();
      resolve('forced');
    }, timeoutMs);
    server.tryShutdown(() => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve('graceful');
    });
  });
}
