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
        summary: 'Members of an organization: filter, sort and page by cursor',
        description:
          'Filter by role, seat and search text (names for everyone, e-mail addresses for owners and admins); ' +
          'sort by joined, name or last_active. The first page counts the matches in `total`; pass `nextCursor` ' +
          'with the same filters and sort for the next page (a cursor of another sort answers INVALID_CURSOR).',
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
