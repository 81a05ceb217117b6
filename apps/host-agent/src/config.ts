import { Type, type Static } from '@sinclair/typebox';
import { GrpcTlsSchema } from '@trellis/runtime';

/** host-agent settings: defaults → optional JSON file (TRELLIS_HOST_AGENT_CONFIG) → TRELLIS_HOST_AGENT_* env. */
export const HostAgentConfigSchema = Type.Object(
  {
    /** This compute host's name, as Nova's `binding:host_id` names it. */
    hostId: Type.String({ minLength: 1 }),
    cell: Type.String({ default: '' }),
    /** This host's VTEP address (IPv4 or IPv6). */
    vtep: Type.String({ minLength: 2 }),
    /** Controller endpoints, tried in turn (`TRELLIS_HOST_AGENT_TARGETS=a:50051,b:50051`). */
    targets: Type.Array(Type.String({ minLength: 3 }), { minItems: 1, default: ['127.0.0.1:50051'] }),
    /** Transport security towards the controllers: this host's certificate (`trellis://host/<hostId>`, docs/deployment.md "Mutual TLS"). */
    tls: GrpcTlsSchema,
    backend: Type.Union([Type.Literal('memory'), Type.Literal('linux')], { default: 'memory' }),
    /** linux backend: run every command in this network namespace. */
    netns: Type.String({ default: '' }),
    /** linux backend: ARP/ND suppression by the VXLAN device (neighbours on vx-<vni>). */
    arpProxy: Type.Boolean({ default: false }),
    /** linux backend: router namespaces are `<prefix><router id>` (Neutron's `qrouter-`). */
    routerNamespacePrefix: Type.String({ minLength: 1, maxLength: 200, default: 'qrouter-' }),
    dataDir: Type.String({ minLength: 1, default: './.trellis/host-agent' }),
    /**
     * linux backend: DHCP and IPv6 RA for local ports, one dnsmasq per served network in a
     * namespace `<namespacePrefix>qdhcp-<network id>` (docs/dataplane.md). `namespacePrefix`
     * defaults to `<netns>-` when `netns` is set (several hosts on one kernel), else ''.
     */
    dhcp: Type.Object(
      {
        enabled: Type.Boolean({ default: true }),
        leaseTimeS: Type.Integer({ minimum: 120, maximum: 31_536_000, default: 86_400 }),
        namespacePrefix: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.-]*$', maxLength: 100 })),
        dnsmasq: Type.String({ minLength: 1, default: 'dnsmasq' }),
      },
      { additionalProperties: false, default: {} },
    ),
    digestIntervalMs: Type.Integer({ minimum: 0, default: 30_000 }),
    idleTimeoutMs: Type.Integer({ minimum: 0, default: 60_000 }),
    /** Longest time an ack is held so that one ack settles several versions; 0 = ack every version at once. */
    ackDelayMs: Type.Integer({ minimum: 0, maximum: 10_000, default: 50 }),
    /** Coalescing window of state-file writes; 0 = write after every applied version. */
    persistIntervalMs: Type.Integer({ minimum: 0, maximum: 600_000, default: 1000 }),
    backoff: Type.Object(
      { initialMs: Type.Integer({ minimum: 1, default: 200 }), maxMs: Type.Integer({ minimum: 1, default: 15_000 }) },
      { additionalProperties: false, default: {} },
    ),
    /** HTTP listener for `/metrics`, `/healthz` and `/readyz` (docs/operations.md); off unless enabled. */
    ops: Type.Object(
      { enabled: Type.Boolean({ default: false }), host: Type.String({ minLength: 1, default: '127.0.0.1' }), port: Type.Integer({ minimum: 0, maximum: 65535, default: 9701 }) },
      { additionalProperties: false, default: {} },
    ),
    logLevel: Type.String({ default: 'info' }),
  },
  { additionalProperties: false },
);

export type HostAgentConfig = Static<typeof HostAgentConfigSchema>;
