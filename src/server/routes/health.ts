import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['operator'],
        summary: 'Liveness and database reachability, for load balancers',
        security: [],
        response: {
          200: z.object({ status: z.literal('ok') }),
          '4xx': errorBodySchema,
          '5xx': errorBodySchema,
        },
      },
    },
    async () => {
      await app.roster.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const };
    },
  );
};
