/** A JSON call to central-api (as the admin of noauth mode); throws with the body on a non-2xx. */
export async function call<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

export async function createNetwork(base: string, name: string, hints: string[] = []): Promise<{ id: string; 'provider:segmentation_id': number }> {
  const { network } = await call<{ network: { id: string; 'provider:segmentation_id': number } }>(base, 'POST', '/v2.0/networks', { network: { name, availability_zone_hints: hints } });
  return network;
}

/** A port on `networkId` bound to `host`, as nova-compute leaves it after a boot. */
export async function bindPort(base: string, networkId: string, host: string): Promise<string> {
  const { port } = await call<{ port: { id: string } }>(base, 'POST', '/v2.0/ports', { port: { network_id: networkId, device_owner: 'compute:nova', device_id: `vm-${host}` } });
  await call(base, 'PUT', `/v2.0/ports/${port.id}`, { port: { 'binding:host_id': host } });
  return port.id;
}
