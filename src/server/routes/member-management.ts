import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import {
  bulkMemberBody,
  memberParams,
  transferOwnershipBody,
  updateMemberBody,
} from '../../contracts/member-management.ts';
import { bulkMemberResultSchema, memberSchema } from '../../contracts/members.ts';
import { organizationSchema, orgIdParams } from '../../contracts/organizations.ts';
import { bulkUpdateMembers } from '../../core/members/bulk-update-members.ts';
import { leaveOrganization } from '../../core/members/leave-organization.ts';
import { removeMember } from '../../core/members/remove-member.ts';
import { updateMember } from '../../core/members/update-member.ts';
import { transferOwnership } from '../../core/organizations/transfer-ownership.ts';
import { requireViewer } from '../plugins/session.ts';

/** Roles, seats, removal, leaving and ownership: the changes owners and admins make to members. */
export const memberManagementRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;
  const tags = ['members'];

  app.patch(
    '/api/v1/organizations/:orgId/members/:userId',
    {
      schema: {
        tags,
        summary: "Change a member's role (admin/member) and/or Plus seat (owner/admin, per the role table)",
        params: memberParams,
        body: updateMemberBody,
        response: { 200: memberSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return updateMember(db, {
        organizationId: request.params.orgId,
        actorId: viewer.id,
        targetId: request.params.userId,
        changes: request.body,
      });
    },
  );

  app.post(
    '/api/v1/organizations/:orgId/members/bulk',
    {
      schema: {
        tags,
        summary: 'Remove, change the role of, or give or take the Plus seat of many members at once',
        description:
          'All or nothing: each person goes through the same rules as one at a time, and if any of them ' +
          'cannot be changed (FORBIDDEN, MEMBER_NOT_FOUND, NO_SEATS_AVAILABLE, PLUS_FROM_ELSEWHERE) nothing is, ' +
          'and the message names who stopped it. At most 100 people per request.',
        params: orgIdParams,
        body: bulkMemberBody,
        response: { 200: bulkMemberResultSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return bulkUpdateMembers(db, {
        organizationId: request.params.orgId,
        actorId: viewer.id,
        change: request.body,
      });
    },
  );

  app.delete(
    '/api/v1/organizations/:orgId/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a member and free their seat (owner/admin; only the owner removes admins)',
        params: memberParams,
        response: { 204: z.null().describe('Done'), '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      await removeMember(db, {
        organizationId: request.params.orgId,
        actorId: viewer.id,
        targetId: request.params.userId,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/organizations/:orgId/leave',
    {
      schema: {
        tags,
        summary: 'Leave the organization and free your seat (the owner must transfer ownership first)',
        params: orgIdParams,
        response: { 204: z.null().describe('Done'), '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      await leaveOrganization(db, { organizationId: request.params.orgId, userId: viewer.id });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/organizations/:orgId/transfer-ownership',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Make another member the owner; you become an admin (owner only)',
        params: orgIdParams,
        body: transferOwnershipBody,
        response: { 200: organizationSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return transferOwnership(db, {
        organizationId: request.params.orgId,
        actorId: viewer.id,
        targetId: request.body.userId,
      });
    },
  );
};
