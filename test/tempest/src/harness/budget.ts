/**
 * Upper bound for the Tempest run itself (stestr); the set-up before it takes well under a minute.
 * Most of the run is Tempest sleeping: Debian's `subnets_client.delete_subnet` sleeps 10 s before
 * every subnet delete (164 of them since routers are served, 62 in NetworksTestDHCPv6 alone, one
 * class on one worker), so at the shared machine's load (average 13–20) a run takes about 20 min.
 */
export const RUN_BUDGET_MS = 30 * 60_000;
