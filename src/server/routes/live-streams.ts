import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { inviteParams } from '../../contracts/invites.ts';
import { requireMembership } from '../../core/access/require-membership.ts';
import { findValidInvite } from '../../core/invites/find-valid-invite.ts';
import type { LiveMessage } from '../../core/live/wakeups.ts';
import { countUnread } from '../../core/notifications/count-unread.ts';
import { notificationsSince } from '../../core/notifications/notifications-since.ts';
import { seatSummary } from '../../core/organizations/organization-view.ts';
import { organization } from '../../db/schema/organizations.ts';
import { openEventStream } from '../live/event-stream.ts';
import { createStreamAccess } from '../live/stream-access.ts';
import { streamSlots } from '../live/stream-slots.ts';
import { inviteRateLimits } from '../plugins/rate-limits.ts';
import { requireViewer } from '../plugins/session.ts';

const seatsEvent = (m: Extract<LiveMessage, { kind: 'seats' }>) => ({
  organizationId: m.organizationId,
  ...seatSummary({ seats: m.total, seatsUsed: m.used }),
});

/**
 * Live updates as Server-Sent Events: the bell (new notifications, unread count) and
 * the seat count of one organization for its open members page or invite modal; and, for
 * the public invite page, that organization's seat count alone. A stream stays open only
 * while what let it open holds (src/server/live/stream-access.ts).
 */
export const liveStreamRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, live, config } = app.roster;
  const slots = streamSlots({
    perAddress: config.rateLimits.streamsPerAddress,
    perUser: config.rateLimits.streamsPerUser,
  });
  const access = createStreamAccess(db, live, { recheckMs: config.liveRecheckMs });
  app.addHook('onClose', async () => access.close());

  app.get(
    '/api/v1/notifications/stream',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Live: event "notification" per new notification, "unread", and "seats" of ?organizationId',
        querystring: z.object({ organizationId: z.uuid().optional() }),
        response: { '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      const { organizationId } = request.query;
      if (organizationId) await requireMembership(db, organizationId, viewer.id);
      const release = slots.acquire(request, reply, viewer.id);
      let since = new Date();
      const sent = new Set<string>();
      const stream = openEventStream(request, reply);
      const grant = access.watch(
        {
          kind: 'session',
          sessionId: viewer.sessionId,
          userId: viewer.id,
          organizationId: organizationId ?? null,
        },
        stream.end,
      );
      void stream.closed.then(() => {
        grant.forget();
        release();
      });
      stream.send('unread', { unread: await countUnread(db, viewer.id) });

      // Messages are handled one at a time so events keep their order.
      let queue = Promise.resolve();
      const unsubscribe = live.subscribe((message) => {
        queue = queue
          .then(async () => {
            if (message.kind === 'seats' && message.organizationId === organizationId) {
              // A member removed by this very change must not see its count.
              if (await grant.allowed()) stream.send('seats', seatsEvent(message));
            }
            if (message.kind === 'notifications' && message.userIds.includes(viewer.id)) {
              for (const n of await notificationsSince(db, viewer.id, since)) {
                if (sent.has(n.id)) continue;
                sent.add(n.id);
                since = new Date(n.createdAt);
                stream.send('notification', n);
              }
              stream.send('unread', { unread: await countUnread(db, viewer.id) });
            }
          })
          .catch((error) => request.log.warn({ err: error }, 'live stream update failed'));
      });
      await stream.closed;
      unsubscribe();
    },
  );

  const limits = inviteRateLimits(app);
  app.get(
    '/api/v1/invites/:orgId/:token/stream',
    {
      preHandler: limits.preview,
      onError: limits.countBadTokens,
      schema: {
        tags: ['invites'],
        summary:
          'Live seat count for the invite page (event "seats"); "changed" when the link or the organization changed, and the stream ends if the link no longer works',
        params: inviteParams,
        response: { '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const { key } = { key: app.roster.inviteKey };
      const { organization: org, link } = await findValidInvite(db, {
        key,
        organizationId: request.params.orgId,
        token: request.params.token,
      });
      const viewer = await request.viewer();
      const release = slots.acquire(request, reply, viewer?.id ?? null);
      const stream = openEventStream(request, reply);
      const grant = access.watch(
        { kind: 'invite', organizationId: org.id, version: link.version },
        stream.end,
      );
      void stream.closed.then(() => {
        grant.forget();
        release();
      });
      const [current] = await db.select().from(organization).where(eq(organization.id, org.id));
      if (current) stream.send('seats', { organizationId: org.id, ...seatSummary(current) });
      const unsubscribe = app.roster.live.subscribe((message) => {
        if (message.kind === 'seats' && message.organizationId === org.id)
          stream.send('seats', seatsEvent(message));
        // The page asks for the preview again; a link that stopped working has ended the
        // stream already (stream-access.ts re-checks it on the same wake-up).
        if (message.kind === 'invite' && message.organizationId === org.id)
          stream.send('changed', { organizationId: org.id });
      });
      await stream.closed;
      unsubscribe();
    },
  );
};
