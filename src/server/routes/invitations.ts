import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import {
  batchReportSchema,
  invitationBatchBody,
  invitationBatchSchema,
  invitationListSchema,
  invitationParams,
  invitationPreviewBody,
  invitationSchema,
  listInvitationsQuery,
  MAX_INVITATION_BODY_BYTES,
  resendInvitationsBody,
  resendResultSchema,
} from '../../contracts/invitations.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import { invitationsCsv } from '../../core/invitations/invitations-csv.ts';
import { listInvitations } from '../../core/invitations/list-invitations.ts';
import { previewInvitations } from '../../core/invitations/preview-invitations.ts';
import { resendInvitations } from '../../core/invitations/resend-invitations.ts';
import { revokeInvitation } from '../../core/invitations/revoke-invitation.ts';
import { sendInvitations } from '../../core/invitations/send-invitations.ts';
import { answerNoStore } from '../plugins/no-store.ts';
import { requireViewer } from '../plugins/session.ts';

/** E-mail invitations in batches (owner/admin), decision 0030. */
export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;
  const tags = ['invitations'];
  const path = '/api/v1/organizations/:orgId/invitations';
  // A batch is at most 256 KB of text; JSON escaping may make its body up to four times that.
  const bodyLimit = 4 * MAX_INVITATION_BODY_BYTES;

  answerNoStore(app);

  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'E-mail invitations, newest first: invited, opened, joined or revoked (owner/admin)',
        description:
          'One page (limit, default 50, at most 100); pass nextCursor as cursor for the next. total and needsNewLink count every page. A resend moves an invitation to the top.',
        params: orgIdParams,
        querystring: listInvitationsQuery,
        response: { 200: invitationListSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return listInvitations(db, {
        organizationId: request.params.orgId,
        userId: viewer.id,
        limit: request.query.limit,
        cursor: request.query.cursor,
      });
    },
  );

  app.get(
    `${path}.csv`,
    {
      schema: {
        tags,
        summary: 'Every e-mail invitation as CSV, newest first, formula-safe (owner/admin)',
        params: orgIdParams,
        response: { 200: z.unknown().meta({ description: 'CSV (text/csv)' }), '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      const csv = await invitationsCsv(db, { organizationId: request.params.orgId, userId: viewer.id });
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="invitations-${request.params.orgId}.csv"`);
      return reply.send(csv);
    },
  );

  app.post(
    `${path}/preview`,
    {
      bodyLimit,
      schema: {
        tags,
        summary:
          'Check a batch before sending: per-line report, free seats, addresses with Plus (owner/admin)',
        description:
          'Up to 500 non-blank lines, one address a line or CSV. Bad lines, duplicates and members are reported, never fatal. Writes nothing.',
        params: orgIdParams,
        body: invitationPreviewBody,
        response: { 200: batchReportSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return previewInvitations(db, {
        organizationId: request.params.orgId,
        userId: viewer.id,
        addresses: request.body.addresses,
      });
    },
  );

  app.post(
    path,
    {
      bodyLimit,
      schema: {
        tags,
        summary: 'Invite a batch of addresses by e-mail, all or nothing (owner/admin)',
        description:
          'Every valid address gets one mail with the invite link; bad lines, duplicates and members are reported and skipped. An address invited less than a day ago needs confirmRepeat (INVITATION_SENT_RECENTLY otherwise; nothing is sent). More than 500 lines: TOO_MANY_ADDRESSES.',
        params: orgIdParams,
        body: invitationBatchBody,
        response: { 201: invitationBatchSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      const sent = await sendInvitations(db, {
        organizationId: request.params.orgId,
        userId: viewer.id,
        ...request.body,
      });
      return reply.code(201).send(sent);
    },
  );

  app.post(
    `${path}/resend`,
    {
      schema: {
        tags,
        summary:
          'Mail pending invitations again with the current link: by id, or all whose link was reset (owner/admin)',
        params: orgIdParams,
        body: resendInvitationsBody,
        response: { 200: resendResultSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return resendInvitations(db, {
        organizationId: request.params.orgId,
        userId: viewer.id,
        ...request.body,
      });
    },
  );

  app.delete(
    `${path}/:invitationId`,
    {
      schema: {
        tags,
        summary: 'Revoke a pending invitation; the invite link itself keeps working (owner/admin)',
        params: invitationParams,
        response: { 200: invitationSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return revokeInvitation(db, {
        organizationId: request.params.orgId,
        userId: viewer.id,
        invitationId: request.params.invitationId,
      });
    },
  );
};
