import type { FastifyInstance } from 'fastify';

/**
 * Every signed-in request to the API marks its member active, whether or not its route
 * asks who is signed in: the session lookup does the marking (src/server/plugins/session.ts,
 * at most once every five minutes per session, in the lookup's own statement). Awaited, so
 * a failure reaches the error handler.
 */
export function registerActivity(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    if (!request.headers.cookie?.includes('better-auth.session_token')) return;
    // A join checks its session in its own statement, which marks the member active too.
    if (request.deferredSession()) return;
    await request.viewer();
  });
}
