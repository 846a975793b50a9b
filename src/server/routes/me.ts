import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { meSchema } from '../../contracts/plus.ts';
import { getMe } from '../../core/plus/get-me.ts';
import { requireViewer } from '../plugins/session.ts';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['me'],
        summary: 'The signed-in user and where their Plus comes from',
        response: { 200: meSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => getMe(app.roster.db, (await requireViewer(request)).id),
  );
};
