import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema, RosterError } from '../../contracts/errors.ts';
import { identityProviderListSchema } from '../../contracts/identity-providers.ts';

/** The configured providers, for the buttons on the sign-in and invite pages. Public. */
export const identityProviderRoutes: FastifyPluginAsyncZod = async (app) => {
  const list = {
    providers: app.roster.config.identityProviders.map(({ id, name }) => ({ id, name })),
  };
  app.get(
    '/api/v1/identity-providers',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The identity providers offered as "Continue with {name}"',
        security: [],
        response: { 200: identityProviderListSchema, '4xx': errorBodySchema },
      },
    },
    async () => list,
  );

  // The other method of each documented better-auth route would reach better-auth's catch-all
  // and get its own error shape. Neither is used: sign-in starts with a POST, and Roster asks
  // every provider to answer with a GET (response_mode=query, never form_post).
  for (const [method, url] of [
    ['GET', '/api/auth/sign-in/social'],
    ['POST', '/api/auth/callback/:providerId'],
  ] as const) {
    app.route({
      method,
      url,
      schema: { hide: true },
      handler: async (request) => {
        throw new RosterError('NOT_FOUND', `There is no ${method} ${request.url.split('?')[0]} route.`);
      },
    });
  }
};
