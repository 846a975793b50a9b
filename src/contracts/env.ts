import { z } from 'zod';
import { hasControlCharacter } from './organizations.ts';

// Deployments often pass unset variables as empty strings; treat those as unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const positiveInt = (fallback: number) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? fallback : v),
    z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1'),
  );

/** Every environment variable Roster reads, validated once at start-up. */
export const envSchema = z.object({
  NODE_ENV: z.preprocess(
    (v) => (v === '' || v === undefined ? 'development' : v),
    z.enum(['development', 'production', 'test']),
  ),
  PORT: z.preprocess(
    (v) => (v === '' || v === undefined ? 3000 : v),
    z.coerce
      .number({ error: 'must be a port number (0-65535)' })
      .int('must be a port number (0-65535)')
      .min(0, 'must be a port number (0-65535)')
      .max(65535, 'must be a port number (0-65535)'),
  ),
  HOST: optional(z.string()),
  BASE_URL: optional(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://roster.example.com' }),
  ),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// connection URL'),
  ),
  DATABASE_POOL_SIZE: positiveInt(10),
  DATA_DIR: optional(z.string()),
  WEB_ROOT: optional(z.string()),
  SECRET: optional(z.string().min(32, 'must be at least 32 characters (try: openssl rand -hex 32)')),
  ROSTER_API_KEY: optional(z.string().min(24, 'must be at least 24 characters (try: openssl rand -hex 24)')),
  TRUSTED_ORIGINS: optional(z.string()),
  /** Proxies in front: a hop count, or their addresses/CIDRs; `true` is refused (see load-config). */
  TRUST_PROXY: optional(z.string()),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  /** `pretty` (pino-pretty, the default in development) or `json` (the default otherwise). */
  LOG_FORMAT: optional(z.enum(['pretty', 'json'])),
  /** Serve Prometheus metrics at /metrics on this port (a listener of its own); unset: off. */
  METRICS_PORT: optional(
    z.coerce
      .number({ error: 'must be a port number (1-65535)' })
      .int('must be a port number (1-65535)')
      .min(1, 'must be a port number (1-65535)')
      .max(65535, 'must be a port number (1-65535)'),
  ),
  /** The interface of the metrics listener: this machine only unless told otherwise. */
  METRICS_HOST: optional(z.string()),
  /** `none` says on purpose that no e-mail is sent (required in production: SMTP or `none`). */
  SMTP_URL: optional(
    z
      .string()
      .regex(/^(smtps?:\/\/.+|none)$/, 'must be an smtp:// or smtps:// URL, or none to send no e-mail'),
  ),
  MAIL_FROM: optional(z.string().min(3, 'must be an address such as "Roster <roster@example.com>"')),
  RUN_WORKER: optional(z.enum(['true', 'false', '1', '0'])),
  /** Only for `npm run bench`: adds a do-nothing route to measure the preview against. */
  BENCH_BASELINE_ROUTE: optional(z.enum(['true', 'false', '1', '0'])),
  OUTBOX_POLL_MS: positiveInt(500),
  SHUTDOWN_TIMEOUT_SECONDS: positiveInt(10),
  OUTBOX_MAX_ATTEMPTS: positiveInt(10),
  OUTBOX_RETRY_BASE_MS: positiveInt(2_000),
  OUTBOX_RETRY_MAX_MS: positiveInt(600_000),
  /** How old the first refusal for lack of seats is before owners and admins get the day's count. */
  TURNED_AWAY_NOTICE_DELAY_SECONDS: positiveInt(3_600),
  /** Flood ceilings, per address (IPv6 /64) and instance: they count every request. */
  RATE_LIMIT_PREVIEW_PER_MINUTE: positiveInt(3000),
  RATE_LIMIT_JOIN_PER_MINUTE: positiveInt(1200),
  RATE_LIMIT_JOIN_PER_USER_PER_MINUTE: positiveInt(30),
  RATE_LIMIT_AUTH_PER_MINUTE: positiveInt(1200),
  /** Guessing limits: refusals only, per address and per account, shared by every instance. */
  RATE_LIMIT_BAD_TOKENS: positiveInt(100),
  RATE_LIMIT_WRONG_PASSWORDS: positiveInt(20),
  RATE_LIMIT_REFUSAL_WINDOW_MINUTES: positiveInt(10),
  /** Account mails (verification, password reset, new address) per account and per e-mail address, in the refusal window. */
  RATE_LIMIT_ACCOUNT_MAILS: positiveInt(5),
  /** The same, per client address (an office behind one NAT resets passwords too). */
  RATE_LIMIT_ACCOUNT_MAILS_PER_CLIENT: positiveInt(50),
  /** Open live streams (SSE) per address and per account, per instance. */
  STREAMS_PER_ADDRESS: positiveInt(1000),
  STREAMS_PER_USER: positiveInt(20),
  /** How often every open live stream re-checks that it may still be open (the backstop for lost wake-ups and expiry). */
  LIVE_RECHECK_SECONDS: positiveInt(60),
  /** Stripe bills seats when set; unset means the `manual` provider (no payment). */
  STRIPE_SECRET_KEY: optional(
    z.string().regex(/^(sk|rk)_(test|live)_\S+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)'),
  ),
  STRIPE_PRICE_ID: optional(z.string().regex(/^price_\S+$/, 'must be a Stripe price id (price_…)')),
  STRIPE_WEBHOOK_SECRET: optional(
    z.string().regex(/^whsec_\S+$/, 'must be the signing secret of a Stripe webhook endpoint (whsec_…)'),
  ),
  /** Another Stripe API origin (stripe-mock, a test double); Stripe's own when unset. */
  STRIPE_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  /** Ids of the identity providers offered as "Continue with …"; each has its IDP_<ID>_* variables. */
  // What a Plus seat gives, one item a line or separated by |, shown to invitees.
  PLUS_BENEFITS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(/[|\n]/)
        .map((b) => b.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .max(200, 'items must be at most 200 characters each')
            .refine((b) => !hasControlCharacter(b, false), 'items must not contain control characters'),
        )
        .max(20, 'must list at most 20 items'),
    ),
  IDENTITY_PROVIDERS: optional(
    z
      .string()
      .regex(
        /^\s*[a-z][a-z0-9-]{0,30}(\s*,\s*[a-z][a-z0-9-]{0,30})*\s*$/,
        'must be a comma-separated list of provider ids (lower-case letters, digits and -, such as google,github,acme)',
      ),
  ),
  /** Days a past-due subscription keeps its seats before they are released. */
  BILLING_GRACE_DAYS: z.preprocess(
    (v) => (v === '' || v === undefined ? 7 : v),
    z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more'),
  ),
  /** How often the worker compares every subscription with Roster's seats. */
  BILLING_RECONCILE_MINUTES: positiveInt(60),
});

export type Env = z.infer<typeof envSchema>;

/**
 * One identity provider's variables (IDP_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _NAME),
 * keyed without their prefix. Presets (google, github) take no issuer: they know their own.
 */
export const identityProviderEnvSchema = z.object({
  ISSUER: optional(
    z.url({ protocol: /^https?$/, error: 'must be the issuer URL, such as https://login.example.com' }),
  ),
  CLIENT_ID: z.string({ error: 'is required' }).trim().min(1, 'is required'),
  CLIENT_SECRET: z.string({ error: 'is required' }).trim().min(1, 'is required'),
  NAME: optional(z.string().trim().min(1).max(40, 'must be at most 40 characters')),
});
