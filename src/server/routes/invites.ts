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
import { markInvitationOpened } from '../../core/invitations/mark-invitation-opened.ts';
import { findValidInvite, type ValidInvite } from '../../core/invites/find-valid-invite.ts';
import { versionOfToken } from '../../core/invites/invite-token.ts';
import {
  joinOrganization,
  joinOrganizationWithSession,
  NO_SESSION,
} from '../../core/invites/join-organization.ts';
import { describeInvite, previewInvite } from '../../core/invites/preview-invite.ts';
import { joinRefusalRecorder } from '../../core/invites/record-join-refusal.ts';
import { linkActivityRecorder } from '../../core/invites/record-link-activity.ts';
import { inviteRateLimits } from '../plugins/rate-limits.ts';
import { requireViewer } from '../plugins/session.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    loadVersion: inviteCache.loadLink,
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
  const knownVersion = new WeakMap<FastifyRequest, number>();
  const readInviteWithSession = async (request: FastifyRequest) => {
    // Not validated yet: the lookup reads an invite only for an id shaped as a UUID.
    const { orgId, token } = request.params as { orgId: string; token: string };
    // A link this process has, or a token this process can tell the version of: the join's
    // own statement checks the session, and the link under lock (decision 0034).
    if (inviteCache.cachedLink(orgId)) {
      await request.deferSession();
      return;
    }
    const version = UUID.test(orgId) ? versionOfToken(key, orgId, token) : undefined;
    if (version !== undefined && (await request.deferSession())) {
      knownVersion.set(request, version);
      return;
    }
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
      // An invitation's mail opened (decision 0030): noted once the answer has gone, so it
      // never slows the preview, and the same answer goes out whatever `i` holds.
      onResponse: async (request, reply) => {
        const i = request.query.i;
        if (reply.statusCode !== 200 || typeof i !== 'string') return;
        markInvitationOpened(db, { organizationId: request.params.orgId, invitationId: i }).catch((error) =>
          app.log.error({ err: error }, 'invitation not marked opened'),
        );
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
      const options = {
        key,
        organizationId: request.params.orgId,
        token: request.params.token,
        load: (organizationId: string) => read.get(request) ?? inviteCache.loadLink(organizationId),
        refusals: limits.joinRefusals(request),
      };
      try {
        const session = request.deferredSession();
        if (session) {
          const version = knownVersion.get(request);
          const joined = await joinOrganizationWithSession(db, {
            ...options,
            session,
            ...(version !== undefined && {
              linkVersion: { version, onInvite: (invite) => inviteCache.rememberLink(invite) },
            }),
            onViewer: (viewer) => {
              request.settleViewer(viewer);
              limits.joinByUser.settled(request, viewer.id);
            },
          });
          if (joined !== NO_SESSION) return reply.status(201).send(joined);
          // Gone, expired or due for its refresh: nothing was written; ask the usual way.
          request.settleViewer(undefined);
        }
        const viewer = await requireViewer(request);
        const membership = await joinOrganization(db, { ...options, userId: viewer.id });
        return reply.status(201).send(membership);
      } catch (error) {
        // Refused before its statement ran (a bad link): who asked is looked up as usual.
        if (request.deferredSession()) request.settleViewer(undefined);
        const viewer = await request.viewer();
        if (viewer) refusals.refused(request.params.orgId, viewer.id, error);
        if (viewer) activity.refused(request.params.orgId, request.params.token, viewer.id, error);
        await limits.refusedJoin(request, reply, error);
        throw error;
      }
    },
  );
};
