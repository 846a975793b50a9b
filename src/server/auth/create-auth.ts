import { hash, verify } from '@node-rs/argon2';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { betterAuth } from 'better-auth/minimal';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config/load-config.ts';
import { wakeupsFor } from '../../core/live/wakeups.ts';
import type { Database } from '../../db/client.ts';
import { schema } from '../../db/client.ts';
import { accountOptions } from './account-options.ts';
import { identityProviderOptions } from './identity-providers.ts';

// OWASP's argon2id baseline: 19 MiB, two passes, one lane.
const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Set by our Fastify mount from `request.ip`, replacing anything the client sent. */
export const CLIENT_IP_HEADER = 'x-roster-client-ip';

export function createAuth(db: Database, config: Config, log?: FastifyBaseLogger) {
  // Verification, password reset and address change: their mails and links (account-options.ts).
  const account = accountOptions(db, config);
  return betterAuth({
    appName: 'Roster',
    baseURL: config.baseUrl,
    basePath: '/api/auth',
    secret: config.secret,
    database: drizzleAdapter(db, { provider: 'pg', schema }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      password: {
        hash: (password) => hash(password, argon2Options),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
      ...account.emailAndPassword,
    },
    ...account.options,
    trustedOrigins: config.trustedOrigins,
    // "Continue with …": social providers, the generic OIDC plugin, account-linking rules.
    ...identityProviderOptions(config.identityProviders),
    // Off everywhere: it counts every request (about three sign-ups per 10 s per address in
    // production), which stops an office behind one NAT. Our mount limits floods and counts
    // wrong passwords, in PostgreSQL for every instance (decision 0004).
    rateLimit: { enabled: false },
    advanced: {
      // better-auth turns its origin check off under NODE_ENV=test; we want tests to see
      // exactly what production does.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      // A session and its user in one statement instead of two (the relations in
      // src/db/schema/auth.ts): every signed-in request pays this lookup. No cookie cache,
      // so sign-out and revocation take effect on the next request (docs/decisions/0010, 0018).
      database: { joins: true },
    },
    telemetry: { enabled: false },
    // A failure that is not a refusal (the database away) goes to our error handler, as on
    // every other route (503 DATABASE_UNAVAILABLE, one log line); better-auth would print it
    // to the console with the failed query's parameters (an e-mail address, a token).
    // A provider callback that cannot be trusted (forged or foreign state) lands on the
    // sign-in page, which says what happened, instead of better-auth's own error page.
    onAPIError: { throw: true, errorURL: `${config.baseUrl}/sign-in` },
    // Its own log lines go into Roster's log, whose serializers take those values out.
    ...(log && {
      logger: {
        log: (level: 'debug' | 'info' | 'warn' | 'error', message: string, ...args: unknown[]) =>
          log[level]({ err: args.find((a) => a instanceof Error) }, `better-auth: ${message}`),
      },
    }),
    // However a session ends (sign-out, revocation, a password change, the user deleted),
    // the live streams it opened close: on this instance and, through NOTIFY, on the others.
    databaseHooks: {
      session: { delete: { after: async (session) => wakeupsFor(db).signedOut([session.id]) } },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
