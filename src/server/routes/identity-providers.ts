import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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
        response: { 200: identityProviderListSchema },
      },
    },
    async () => list,
  );
};
