import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import Fastify from 'fastify';

const DOCUMENT = '/api/openapi.json';
const PREFIX = '/api/docs';

/**
 * The OpenAPI document at /api/openapi.json, and the API reference for people at /api/docs
 * (Scalar, whose script the package bundles and this server serves: nothing from a CDN).
 * /api/docs answers a client that does not ask for HTML with the document, as it always did.
 *
 * Scalar's package holds its 4 MB browser bundle as a string in its own module (about 19 MiB
 * of an idle server's memory), so it is loaded on the first visit of the reference, in a
 * small Fastify instance of its own that these routes hand the request to.
 */
export const docsRoutes: FastifyPluginAsync = async (app) => {
  app.get(DOCUMENT, { schema: { hide: true } }, async () => app.swagger());

  let reference: Promise<FastifyInstance> | undefined;
  const loadReference = async () => {
    const { default: scalar } = await import('@scalar/fastify-api-reference');
    const docs = Fastify();
    await docs.register(scalar, {
      routePrefix: PREFIX,
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
    await docs.ready();
    return docs;
  };
  app.addHook('onClose', async () => {
    await (await reference?.catch(() => undefined))?.close();
  });

  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.split('?')[0] === PREFIX && !(request.headers.accept ?? '').includes('text/html')) {
      return reply.send(app.swagger());
    }
    reference ??= loadReference();
    const answer = await (await reference).inject({
      method: 'GET',
      url: request.url,
      headers: { accept: request.headers.accept ?? '*/*' },
    });
    for (const name of ['content-type', 'location', 'content-disposition'] as const) {
      const value = answer.headers[name];
      if (value !== undefined) reply.header(name, value);
    }
    return reply.status(answer.statusCode).send(answer.rawPayload);
  };
  app.get(PREFIX, { schema: { hide: true } }, serve);
  app.get(`${PREFIX}/*`, { schema: { hide: true } }, serve);
};
