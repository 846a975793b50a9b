import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { inviteLinkSchema, updateInviteLinkBody } from '../../contracts/invites.ts';
import { linkInsightsSchema } from '../../contracts/link-insights.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import { getInviteLink } from '../../core/invites/get-invite-link.ts';
import { getLinkInsights } from '../../core/invites/get-link-insights.ts';
import { regenerateInviteLink } from '../../core/invites/regenerate-invite-link.ts';
import { updateInviteLink } from '../../core/invites/update-invite-link.ts';
import { answerNoStore } from '../plugins/no-store.ts';
import { requireViewer } from '../plugins/session.ts';

/** The invite link as its owners and admins manage it. */
export const inviteLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config, inviteKey: key } = app.roster;
  const base = { key, baseUrl: config.baseUrl };
  const tags = ['invite link'];
  const response = { 200: inviteLinkSchema, '4xx': errorBodySchema };

  answerNoStore(app);

  app.get(
    '/api/v1/organizations/:orgId/invite-link',
    {
      schema: {
        tags,
        summary: 'The invite link and its settings (owner/admin)',
        params: orgIdParams,
        response,
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return getInviteLink(db, { ...base, organizationId: request.params.orgId, userId: viewer.id });
    },
  );

  app.get(
    '/api/v1/organizations/:orgId/invite-link/insights',
    {
      schema: {
        tags,
        summary:
          'How each version of the invite link did: opened, signed up, joined, turned away (owner/admin)',
        description:
          'Per link version (the current one first, then up to nine before it): distinct signed-in people who ' +
          'opened it, signed-out opens, accounts created from it, people who joined through it and people ' +
          'turned away by reason, in all and per day (UTC). Counts are written a few milliseconds after the ' +
          'fact, so a very recent open may not be counted yet. Errors: 401 UNAUTHENTICATED when signed out; ' +
          '404 ORGANIZATION_NOT_FOUND for a non-member or an unknown organization; 403 FORBIDDEN for a member ' +
          'who is not an owner or admin.',
        params: orgIdParams,
        response: { 200: linkInsightsSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return getLinkInsights(db, { organizationId: request.params.orgId, userId: viewer.id });
    },
  );

  app.post(
    '/api/v1/organizations/:orgId/invite-link/regenerate',
    {
      schema: {
        tags,
        summary: 'Replace the invite link; the old one stops working at once (owner/admin)',
        params: orgIdParams,
        response,
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return regenerateInviteLink(db, { ...base, organizationId: request.params.orgId, userId: viewer.id });
    },
  );

  app.patch(
    '/api/v1/organizations/:orgId/invite-link',
    {
      schema: {
        tags,
        summary: 'Pause the link, set an expiry, or limit it to e-mail domains (owner/admin)',
        params: orgIdParams,
        body: updateInviteLinkBody,
        response,
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return updateInviteLink(db, {
        ...base,
        organizationId: request.params.orgId,
        userId: viewer.id,
        changes: request.body,
      });
    },
  );
};
