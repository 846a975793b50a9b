import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { listMembersQuery, memberListSchema } from '../../contracts/members.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import { listMembers } from '../../core/members/list-members.ts';
import { requireViewer } from '../plugins/session.ts';

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/organizations/:orgId/members',
    {
      schema: {
        tags: ['members'],
        summary:
          'Members of an organization, oldest first, by cursor; searchable by name (and e-mail for admins)',
        params: orgIdParams,
        querystring: listMembersQuery,
        response: { 200: memberListSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return listMembers(app.roster.db, {
        organizationId: request.params.orgId,
        userId: viewer.id,
        ...request.query,
      });
    },
  );
};
