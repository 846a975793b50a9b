import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { listMembersQuery, memberFilters, memberListSchema } from '../../contracts/members.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import { listMembers } from '../../core/members/list-members.ts';
import { membersCsv } from '../../core/members/members-csv.ts';
import { answerNoStore } from '../plugins/no-store.ts';
import { requireViewer } from '../plugins/session.ts';

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  // Names, e-mail addresses and activity: personal, never cached anywhere.
  answerNoStore(app);

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

  app.get(
    '/api/v1/organizations/:orgId/members.csv',
    {
      schema: {
        tags: ['members'],
        summary: 'Every member matching the filters as CSV, streamed (owner/admin)',
        description:
          'Columns: name, email, role, seat (Plus or No seat), joined_at and last_active_at (ISO 8601, UTC), ' +
          'user_id. A cell that a spreadsheet would run as a formula (= + - @) is prefixed with an apostrophe.',
        params: orgIdParams,
        querystring: memberFilters,
        response: {
          200: z.unknown().meta({ description: 'CSV (text/csv), in the sort asked for' }),
          '4xx': errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      const csv = await membersCsv(app.roster.db, {
        organizationId: request.params.orgId,
        userId: viewer.id,
        ...request.query,
      });
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="members-${request.params.orgId}.csv"`);
      return reply.send(Readable.from(csv));
    },
  );
};
