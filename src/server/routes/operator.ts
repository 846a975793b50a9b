import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { entitlementsSchema, setPersonalPlusBody, userIdParams } from '../../contracts/plus.ts';
import { getEntitlements } from '../../core/plus/get-entitlements.ts';
import { setPersonalPlus } from '../../core/plus/set-personal-plus.ts';
import { operatorGuard } from '../plugins/operator-auth.ts';

/** The API the operator's own product calls, with the API key rather than a session. */
export const operatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const guard = operatorGuard(app.roster.config.apiKey);
  const security = [{ apiKey: [] }];

  app.put(
    '/api/v1/users/:userId/plus',
    {
      onRequest: guard,
      schema: {
        tags: ['operator'],
        summary: "Record or clear a user's personal Plus subscription",
        security,
        params: userIdParams,
        body: setPersonalPlusBody,
        response: { 200: entitlementsSchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async (request) => {
      const { userId } = request.params;
      const plus = await setPersonalPlus(app.roster.db, { userId, active: request.body.active });
      return { userId, plus };
    },
  );

  app.get(
    '/api/v1/users/:userId/entitlements',
    {
      onRequest: guard,
      schema: {
        tags: ['operator'],
        summary: 'Does this user have Plus, and from where?',
        security,
        params: userIdParams,
        response: { 200: entitlementsSchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async (request) => getEntitlements(app.roster.db, request.params.userId),
  );
};
