import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { inviteLinkSchema, updateInviteLinkBody } from '../../contracts/invites.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import { getInviteLink } from '../../core/invites/get-invite-link.ts';
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
