import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config/load-config.ts';
import { errorBodySchema } from '../../contracts/errors.ts';
import {
  providerCallbackQuerySchema,
  socialSignInAnswerSchema,
  socialSignInBodySchema,
} from '../../contracts/identity-providers.ts';

export type AuthRoute = Pick<RouteOptions, 'method' | 'url' | 'schema'>;

/**
 * better-auth endpoints with schemas of ours: they show in the OpenAPI document and bad
 * input gets `{ error }` like every other route. mountAuth hands them to better-auth, as it
 * does every other /api/auth/* request.
 */
export function documentedAuthRoutes(config: Config): AuthRoute[] {
  const ids = config.identityProviders.map((p) => p.id);
  const provider = z
    .string()
    .refine(
      (id) => ids.includes(id),
      'must be one of the identity providers that GET /api/v1/identity-providers lists',
    )
    .meta({ description: `One of: ${ids.join(', ') || '(none configured)'}` });
  return [
    {
      method: 'POST',
      url: '/api/auth/sign-in/social',
      schema: {
        tags: ['accounts'],
        summary: 'Start signing in with an identity provider',
        description:
          'Answers with the provider page to open. The provider sends the person back to /api/auth/callback/{providerId}, which signs them in and continues to callbackURL. Without a session cookie: it sets the state cookie the callback checks.',
        security: [],
        body: socialSignInBodySchema.extend({ provider }),
        response: { 200: socialSignInAnswerSchema, '4xx': errorBodySchema },
      },
    },
    {
      method: 'GET',
      url: '/api/auth/callback/:providerId',
      schema: {
        tags: ['accounts'],
        summary: 'Where the identity provider sends the person back',
        description:
          "Checks the state against this browser's state cookie, the issuer (RFC 9207 iss and the ID token), the code and the e-mail address, then signs the person in (a new account, the one already linked, or the existing account of the same address when both sides verified it) and redirects to callbackURL. Any refusal redirects to errorCallbackURL (or /sign-in) with ?error={code}, such as state_mismatch, issuer_mismatch or account_not_linked, and changes no account.",
        security: [],
        params: z.object({ providerId: z.string().max(32) }),
        querystring: providerCallbackQuerySchema,
        response: {
          302: z.null().meta({ description: 'To callbackURL, or to the error page with ?error={code}' }),
          '4xx': errorBodySchema,
        },
      },
    },
  ];
}
