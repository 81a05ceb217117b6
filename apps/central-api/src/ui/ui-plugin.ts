import { domainError } from '@trellis/domain';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { readControllerHosts } from './controller-proxy';
import { loadUiAssets, type UiAsset } from './ui-assets';

export interface UiOptions {
  /** The page's build output (dist/apps/topology-ui); see `defaultUiAssetsDir`. */
  readonly assetsDir: string;
  /** The vtep-controller's ops listener for lag and health; empty = the page shows none. */
  readonly controllerOpsUrl: string;
  /** Default 2 s: the page polls, a slow controller must not pile requests up. */
  readonly controllerTimeoutMs?: number;
  /** Who may read the controller's host list (a refusal is a 403 `PolicyNotAuthorized`). */
  readonly authorize?: (request: FastifyRequest) => boolean;
}

export const UI_PREFIX = '/ui';

/**
 * The page reads only its own origin: central's REST API and its WebSocket feed. Nothing inline,
 * nothing from elsewhere, and no framing (the page shows a whole deployment).
 */
const PAGE_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
} as const;

const NOT_BUILT = 'The topology page is not built. Build it with: npx nx run topology-ui:build (npm start and npm test build it).\n';

/**
 * The live topology page at `GET /ui/` (apps/topology-ui, built by esbuild) and the one call it
 * needs beyond central's own API: `GET /ui/api/controller/hosts`, the controller's host lag and
 * health relayed same-origin, so the page needs no CORS and no route to the controller. The
 * assets are read into memory on first use (a few tens of KiB); until the page is built the
 * routes answer 503 saying how to build it.
 */
export const uiPlugin: FastifyPluginAsync<UiOptions> = fp(
  async (app: FastifyInstance, options: UiOptions) => {
    let assets: Map<string, UiAsset> | undefined;
    const currentAssets = () => (assets ??= loadUiAssets(options.assetsDir));

    const serve = (name: string, request: FastifyRequest, reply: FastifyReply) => {
      const all = currentAssets();
      if (all === undefined) return reply.code(503).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
      const asset = all.get(name);
      if (asset === undefined) throw domainError('NotFound', { resource: `GET ${UI_PREFIX}/${name}` });
      reply.header('content-type', asset.contentType).header('cache-control', asset.cacheControl).header('etag', asset.etag).header('x-content-type-options', 'nosniff');
      if (name === 'index.html') reply.headers(PAGE_SECURITY_HEADERS);
      if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send();
      return reply.send(asset.body);
    };

    app.get(UI_PREFIX, async (request, reply) => {
      const query = request.url.indexOf('?');
      return reply.redirect(`${UI_PREFIX}/${query >= 0 ? request.url.slice(query) : ''}`, 308);
    });
    app.get(`${UI_PREFIX}/`, async (request, reply) => serve('index.html', request, reply));
    app.get(`${UI_PREFIX}/:file`, { schema: { params: { type: 'object', properties: { file: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,128}$' } }, required: ['file'] } } }, async (request, reply) =>
      serve((request.params as { file: string }).file, request, reply),
    );
    app.get(`${UI_PREFIX}/api/controller/hosts`, async (request, reply) => {
      if (options.authorize && !options.authorize(request)) throw domainError('PolicyNotAuthorized', { action: 'get_controller_hosts' });
      const answer = await readControllerHosts({ controllerOpsUrl: options.controllerOpsUrl, timeoutMs: options.controllerTimeoutMs ?? 2_000 });
      return reply.header('cache-control', 'no-store').send(answer);
    });
  },
  { name: 'trellis-ui', fastify: '5.x' },
);
