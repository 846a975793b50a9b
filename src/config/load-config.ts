import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { type Env, envSchema } from '../contracts/env.ts';
import { type IdentityProvider, identityProvidersFrom } from './identity-providers.ts';
import { defaultWebRoot } from './paths.ts';

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  baseUrl: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  /** The built web app (`vite build` output) that the server serves. */
  webRoot: string;
  secret: string;
  apiKey: string | undefined;
  trustedOrigins: string[];
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses and CIDRs. */
  trustProxy: false | number | string[];
  logLevel: string;
  /** pino-pretty for people (development), one JSON object a line for machines. */
  logFormat: 'pretty' | 'json';
  /** Prometheus metrics on a listener of their own (decision 0022); null: none. */
  metrics: { port: number; host: string } | null;
  rateLimits: {
    previewPerMinute: number;
    joinPerMinute: number;
    joinPerUserPerMinute: number;
    authPerMinute: number;
    badTokens: number;
    wrongPasswords: number;
    refusalWindowMs: number;
    /** Account mails per account and per e-mail address, and per client address, in the refusal window. */
    accountMails: number;
    accountMailsPerClient: number;
    streamsPerAddress: number;
    streamsPerUser: number;
  };
  /** Every open live stream re-checks its access this often (milliseconds). */
  liveRecheckMs: number;
  /** No SMTP URL: mail is kept in the database and shown at /dev/mailbox instead. */
  mail: {
    smtpUrl: string | undefined;
    from: string;
    /** SMTP_URL=none: no mail, on purpose. */
    none: boolean;
  };
  /** SIGTERM: how long in-flight requests and the outbox rows in hand get before the process exits anyway. */
  shutdownTimeoutSeconds: number;
  worker: {
    run: boolean;
    pollMs: number;
    maxAttempts: number;
    retryBaseMs: number;
    retryMaxMs: number;
    turnedAwayDelayMs: number;
  };
  benchBaselineRoute: boolean;
  billing: {
    /** Set when STRIPE_SECRET_KEY is: seats are the quantity of a Stripe subscription. */
    stripe: { secretKey: string; priceId: string; webhookSecret: string; apiUrl: string | undefined } | null;
    graceDays: number;
    reconcileMs: number;
  };
  /** "Continue with …" on the sign-in and invite pages, in the order IDENTITY_PROVIDERS lists them. */
  identityProviders: IdentityProvider[];
  /** PLUS_BENEFITS: what a Plus seat gives, shown on the invite page and in the welcome mail. */
  plusBenefits: string[];
};

/** A start-up problem, reported as one line that names the variable at fault. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and checks the environment. In development a SECRET is generated once and kept in
 * the data folder, so sessions and invite links survive restarts without any setup.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path.join('.');
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}`);
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  const port = env.PORT;
  const baseUrl = (env.BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');

  let secret = env.SECRET;
  if (!secret) {
    if (env.NODE_ENV === 'production') {
      throw new ConfigError(
        'Invalid configuration: SECRET is required when NODE_ENV=production (try: openssl rand -hex 32)',
      );
    }
    secret = readOrCreateSecret(dataDir);
  }
  if (env.NODE_ENV === 'production') checkProductionSettings(env);
  const identityProviders = identityProvidersFrom(
    env.IDENTITY_PROVIDERS,
    source,
    env.NODE_ENV === 'production',
  );
  if ('error' in identityProviders)
    throw new ConfigError(`Invalid configuration: ${identityProviders.error}`);

  return {
    billing: {
      stripe: stripeConfig(env),
      graceDays: env.BILLING_GRACE_DAYS,
      reconcileMs: env.BILLING_RECONCILE_MINUTES * 60_000,
    },
    env: env.NODE_ENV,
    identityProviders,
    plusBenefits: env.PLUS_BENEFITS,
    port,
    host: env.HOST ?? '0.0.0.0',
    baseUrl,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    dataDir,
    webRoot: path.resolve(env.WEB_ROOT ?? defaultWebRoot),
    secret,
    apiKey: env.ROSTER_API_KEY,
    trustedOrigins: (env.TRUSTED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    trustProxy: trustProxyConfig(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    logFormat: env.LOG_FORMAT ?? (env.NODE_ENV === 'development' ? 'pretty' : 'json'),
    metrics: env.METRICS_PORT ? { port: env.METRICS_PORT, host: env.METRICS_HOST ?? '127.0.0.1' } : null,
    rateLimits: {
      previewPerMinute: env.RATE_LIMIT_PREVIEW_PER_MINUTE,
      joinPerMinute: env.RATE_LIMIT_JOIN_PER_MINUTE,
      joinPerUserPerMinute: env.RATE_LIMIT_JOIN_PER_USER_PER_MINUTE,
      authPerMinute: env.RATE_LIMIT_AUTH_PER_MINUTE,
      badTokens: env.RATE_LIMIT_BAD_TOKENS,
      wrongPasswords: env.RATE_LIMIT_WRONG_PASSWORDS,
      refusalWindowMs: env.RATE_LIMIT_REFUSAL_WINDOW_MINUTES * 60_000,
      accountMails: env.RATE_LIMIT_ACCOUNT_MAILS,
      accountMailsPerClient: env.RATE_LIMIT_ACCOUNT_MAILS_PER_CLIENT,
      streamsPerAddress: env.STREAMS_PER_ADDRESS,
      streamsPerUser: env.STREAMS_PER_USER,
    },
    liveRecheckMs: env.LIVE_RECHECK_SECONDS * 1000,
    mail: {
      smtpUrl: env.SMTP_URL === 'none' ? undefined : env.SMTP_URL,
      from: env.MAIL_FROM ?? 'Roster <roster@localhost>',
      none: env.SMTP_URL === 'none',
    },
    benchBaselineRoute: env.BENCH_BASELINE_ROUTE === 'true' || env.BENCH_BASELINE_ROUTE === '1',
    shutdownTimeoutSeconds: env.SHUTDOWN_TIMEOUT_SECONDS,
    worker: {
      run: env.RUN_WORKER !== 'false' && env.RUN_WORKER !== '0',
      pollMs: env.OUTBOX_POLL_MS,
      maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: env.OUTBOX_RETRY_BASE_MS,
      retryMaxMs: env.OUTBOX_RETRY_MAX_MS,
      turnedAwayDelayMs: env.TURNED_AWAY_NOTICE_DELAY_SECONDS * 1000,
    },
  };
}

/**
 * Production must be configured on purpose: a forgotten BASE_URL would put localhost in
 * every invite link and send session cookies without Secure, and a forgotten SMTP_URL
 * would keep everyone's mail unsent without anyone noticing.
 */
function checkProductionSettings(env: Env): void {
  if (!env.BASE_URL || new URL(env.BASE_URL).protocol !== 'https:') {
    throw new ConfigError(
      'Invalid configuration: BASE_URL must be the public https address when NODE_ENV=production (e.g. https://roster.example.com)',
    );
  }
  if (!env.SMTP_URL) {
    throw new ConfigError(
      'Invalid configuration: SMTP_URL is required when NODE_ENV=production (smtp://user:pass@host:587, or none to send no e-mail)',
    );
  }
}

const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * `true` trusts every hop, so the client's own left-most X-Forwarded-For entry becomes its
 * address and every per-address limit is bypassed by rotating a header. Only a hop count or
 * the proxies' addresses say which entry a proxy wrote.
 */
function trustProxyConfig(value: string | undefined): Config['trustProxy'] {
  const setting = (value ?? 'false').trim().toLowerCase();
  if (setting === 'false' || setting === '0') return false;
  if (setting === 'true') {
    throw new ConfigError(
      'Invalid configuration: TRUST_PROXY=true would let any client choose its address; set the number of proxies in front (TRUST_PROXY=1) or their addresses (TRUST_PROXY=127.0.0.1,10.0.0.0/8)',
    );
  }
  if (/^\d+$/.test(setting)) return Number(setting);
  const entries = setting.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !PROXY_RANGES.has(entry) && !isAddressOrCidr(entry));
  if (bad !== undefined) {
    throw new ConfigError(
      `Invalid configuration: TRUST_PROXY must be a number of proxies or a list of their addresses or CIDRs (${JSON.stringify(bad)} is neither)`,
    );
  }
  return entries;
}

function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function stripeConfig(env: Env): Config['billing']['stripe'] {
  if (!env.STRIPE_SECRET_KEY) return null;
  // Without these two a Stripe setup half works: say so at start-up, not at the first payment.
  if (!env.STRIPE_PRICE_ID) {
    throw new ConfigError(
      'Invalid configuration: STRIPE_PRICE_ID is required with STRIPE_SECRET_KEY (price_…)',
    );
  }
  if (!env.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError(
      'Invalid configuration: STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY (whsec_…)',
    );
  }
  return {
    secretKey: env.STRIPE_SECRET_KEY,
    priceId: env.STRIPE_PRICE_ID,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    apiUrl: env.STRIPE_API_URL,
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
