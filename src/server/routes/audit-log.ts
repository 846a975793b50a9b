import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLogQuery, auditLogSchema } from '../../contracts/audit.ts';
import { errorBodySchema } from '../../contracts/errors.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import { auditLogCsv } from '../../core/audit/audit-log-csv.ts';
import { listAuditLog } from '../../core/audit/list-audit-log.ts';
import { answerNoStore } from '../plugins/no-store.ts';
import { requireViewer } from '../plugins/session.ts';

export const auditLogRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;
  const tags = ['audit log'];

  answerNoStore(app);

  app.get(
    '/api/v1/organizations/:orgId/audit-log',
    {
      schema: {
        tags,
        summary: 'Who did what to whom, newest first, by cursor; filter by action or actor (owner/admin)',
        params: orgIdParams,
        querystring: auditLogQuery,
        response: { 200: auditLogSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return listAuditLog(db, { organizationId: request.params.orgId, userId: viewer.id, ...request.query });
    },
  );

  app.get(
    '/api/v1/organizations/:orgId/audit-log.csv',
    {
      schema: {
        tags,
        summary: 'The whole audit log as CSV, streamed; same filters (owner/admin)',
        params: orgIdParams,
        querystring: auditLogQuery.omit({ limit: true, cursor: true }),
        response: {
          200: z.unknown().meta({ description: 'CSV (text/csv), newest first' }),
          '4xx': errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      const csv = await auditLogCsv(db, {
        organizationId: request.params.orgId,
        userId: viewer.id,
        ...request.query,
      });
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="audit-log-${request.params.orgId}.csv"`);
      return reply.send(Readable.from(csv));
    },
  );
};
