import type { FastifyInstance } from 'fastify';
import { ActivityThrottle, recordActivity } from '../../core/members/record-activity.ts';

/**
 * Keeps each member's last activity: a signed-in request to the API marks its user active,
 * at most once every five minutes per user (the throttle here, the guard in SQL across
 * instances). Awaited, not fired and forgotten, so a failure reaches the error handler.
 */
export function registerActivity(app: FastifyInstance): void {
  const throttle = new ActivityThrottle();
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    if (!request.headers.cookie?.includes('better-auth.session_token')) return;
    const viewer = await request.viewer();
    if (viewer && throttle.take(viewer.id)) await recordActivity(app.roster.db, viewer.id);
  });
}
