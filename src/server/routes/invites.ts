import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { inviteParams, invitePreviewSchema } from '../../contracts/invites.ts';
import { membershipSchema } from '../../contracts/members.ts';
import { joinOrganization } from '../../core/invites/join-organization.ts';
import { previewInvite } from '../../core/invites/preview-invite.ts';
import { inviteRateLimits } from '../plugins/rate-limits.ts';
import { requireViewer } from '../plugins/session.ts';

/** The public side of the invite link: what the invitee sees, and the join itself. */
export const inviteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, inviteKey: key } = app.roster;
  const limits = inviteRateLimits(app);
  const tags = ['invites'];

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
        response: { 200: invitePreviewSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await request.viewer();
      return previewInvite(db, {
        key,
        organizationId: request.params.orgId,
        token: request.params.token,
        viewerId: viewer?.id ?? null,
        load: app.roster.inviteCache.load,
      });
    },
  );

  app.post(
    '/api/v1/invites/:orgId/:token/join',
    {
      preHandler: [...limits.joinByIp, limits.joinByUser],
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
          load: app.roster.inviteCache.loadLink,
          refusals: limits.joinRefusals(request),
        });
        return reply.status(201).send(membership);
      } catch (error) {
        await limits.refusedJoin(request, reply, error);
        throw error;
      }
    },
  );
};
