import scalar from '@scalar/fastify-api-reference';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';

const DOCUMENT = '/api/openapi.json';

/**
 * The OpenAPI document at /api/openapi.json, and the API reference for people at /api/docs
 * (Scalar, whose script the package bundles and this server serves: nothing from a CDN).
 * /api/docs answers a client that does not ask for HTML with the document, as it always did.
 */
export const docsRoutes: FastifyPluginAsync = async (app) => {
  app.get(DOCUMENT, { schema: { hide: true } }, async () => app.swagger());

  const documentForMachines = async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.split('?')[0] !== '/api/docs') return;
    if ((request.headers.accept ?? '').includes('text/html')) return;
    return reply.send(app.swagger());
  };
  await app.register(scalar, {
    routePrefix: '/api/docs',
    hooks: { onRequest: documentForMachines },
    configuration: {
      url: DOCUMENT,
      pageTitle: 'Roster API reference',
      // Scalar's fonts come from its CDN unless told otherwise; the system's fonts will do.
      withDefaultFonts: false,
      hideClientButton: true,
      showDeveloperTools: 'never',
      agent: { disabled: true },
      mcp: { disabled: true },
      telemetry: false,
    },
  });
};
