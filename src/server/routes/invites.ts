import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import {
  inviteParams,
  invitePreviewQuery,
  invitePreviewSchema,
  type ViewerState,
} from '../../contracts/invites.ts';
import { membershipSchema } from '../../contracts/members.ts';
import { findValidInvite, type ValidInvite } from '../../core/invites/find-valid-invite.ts';
import { joinOrganization } from '../../core/invites/join-organization.ts';
import { describeInvite, previewInvite } from '../../core/invites/preview-invite.ts';
import { joinRefusalRecorder } from '../../core/invites/record-join-refusal.ts';
import { linkActivityRecorder } from '../../core/invites/record-link-activity.ts';
import { inviteRateLimits } from '../plugins/rate-limits.ts';
import { requireViewer } from '../plugins/session.ts';

/** The public side of the invite link: what the invitee sees, and the join itself. */
export const inviteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, inviteKey: key } = app.roster;
  const limits = inviteRateLimits(app);
  const tags = ['invites'];
  const signedOut = new WeakMap<ValidInvite, string>();
  const { inviteCache } = app.roster;
  const refusals = joinRefusalRecorder(db, (error) =>
    app.log.error({ err: error }, 'join refusals not recorded'),
  );
  app.addHook('onClose', () => refusals.flush());
  // The link's insights: a Set lookup per preview or refusal; the writes are gathered.
  const activity = linkActivityRecorder(db, {
    key,
    load: inviteCache.load,
    onError: (error) => app.log.error({ err: error }, 'invite link activity not recorded'),
  });
  app.addHook('onClose', () => activity.flush());
  const turnedAwayBy: Partial<Record<ViewerState, 'no_seats' | 'email_domain' | 'email_not_verified'>> = {
    no_seats: 'no_seats',
    email_domain_not_allowed: 'email_domain',
    email_not_verified: 'email_not_verified',
  };

  // The join's link, read with its session when it is not cached; what it read is kept.
  const read = new WeakMap<FastifyRequest, Promise<ValidInvite | undefined>>();
  const readInviteWithSession = async (request: FastifyRequest) => {
    // Not validated yet: the lookup reads an invite only for an id shaped as a UUID.
    const { orgId } = request.params as { orgId: string };
    if (inviteCache.cachedLink(orgId)) return;
    const { invite } = await request.viewerAndInvite(orgId);
    if (invite === undefined) return;
    if (invite) inviteCache.rememberLink(invite);
    read.set(request, Promise.resolve(invite ?? undefined));
  };

  // The answer depends on who asks and must never sit in a shared cache; the URL holds a
  // secret, so it must not leak to other sites through the Referer header either.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-robots-tag', 'noindex, nofollow');
  });

  app.get(
    '/api/v1/invites/:orgId/:token',
    {
      preHandler: limits.preview,
      onError: limits.countBadTokens,
      schema: {
        tags,
        summary: 'Preview an invite: organization, free seats and what would happen to the viewer',
        params: inviteParams,
        querystring: invitePreviewQuery,
        response: { 200: invitePreviewSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await request.viewer();
      const options = {
        key,
        organizationId: request.params.orgId,
        token: request.params.token,
        load: app.roster.inviteCache.load,
        plusBenefits: app.roster.config.plusBenefits,
      };
      if (viewer) {
        const seen: { link?: ValidInvite['link'] } = {};
        const preview = await previewInvite(db, {
          ...options,
          viewerId: viewer.id,
          onFound: (valid) => {
            seen.link = valid.link;
          },
        }).catch((error: unknown) => {
          activity.refused(options.organizationId, options.token, viewer.id, error);
          throw error;
        });
        const { state } = preview.viewer;
        if (seen.link && state !== 'already_member') {
          const { organizationId: orgId, version } = seen.link;
          activity.opened(orgId, version, viewer.id);
          if (request.query.from === 'sign-up') activity.signedUp(orgId, version, viewer.id);
          const turnedAway = turnedAwayBy[state];
          if (turnedAway) activity.turnedAway(orgId, version, viewer.id, turnedAway);
        }
        return preview;
      }
      // Signed out, everyone sees the same preview: built, checked against its schema and
      // serialised once per cached copy of the invite (the cache drops the copy on any
      // change), then sent as it is. The token, pause and expiry are checked every time.
      const valid = await findValidInvite(db, options);
      activity.openedSignedOut(valid.organization.id, valid.link.version, request.ip);
      let body = signedOut.get(valid);
      if (!body) {
        body = JSON.stringify(
          invitePreviewSchema.parse(describeInvite(valid, 'signed_out', options.plusBenefits)),
        );
        signedOut.set(valid, body);
      }
      // A string with a JSON type goes out as it is: Fastify serialises only objects.
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );

  app.post(
    '/api/v1/invites/:orgId/:token/join',
    {
      // The session lookup also reads the invite of an organization whose link this process
      // has not cached: before validation, so that it comes ahead of the hook that looks
      // every session up (plugins/activity.ts), and after the address ceiling, so a flood
      // it refuses costs no read.
      preValidation: [limits.joinCeiling, readInviteWithSession],
      preHandler: [limits.guardJoin, limits.joinByUser],
      onError: limits.countBadTokens,
      schema: {
        tags,
        summary: 'Join the organization; takes a Plus seat unless the joiner has Plus already',
        params: inviteParams,
        response: { 201: membershipSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      try {
        const membership = await joinOrganization(db, {
          key,
          organizationId: request.params.orgId,
          token: request.params.token,
          userId: viewer.id,
          load: (organizationId) => read.get(request) ?? inviteCache.loadLink(organizationId),
          refusals: limits.joinRefusals(request),
        });
        return reply.status(201).send(membership);
      } catch (error) {
        refusals.refused(request.params.orgId, viewer.id, error);
        activity.refused(request.params.orgId, request.params.token, viewer.id, error);
        await limits.refusedJoin(request, reply, error);
        throw error;
      }
    },
  );
};
