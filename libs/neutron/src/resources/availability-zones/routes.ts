import type { FastifyInstance } from 'fastify';

/**
 * `GET /v2.0/availability_zones` (availability_zone extension), readable by everyone: every zone
 * the endpoint's topology knows, as network zones (Trellis has no router or agent zones).
 */
export function registerAvailabilityZoneRoutes(app: FastifyInstance, zones: () => Promise<readonly string[]>): void {
  app.get('/v2.0/availability_zones', async () => ({
    availability_zones: [...(await zones())].sort().map((name) => ({ name, resource: 'network', state: 'available' })),
  }));
}
