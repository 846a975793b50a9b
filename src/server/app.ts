import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config/load-config.ts';
import type { PaymentProvider } from '../contracts/payment-provider.ts';
import { deriveInviteKey } from '../core/invites/invite-token.ts';
import { wakeupsFor } from '../core/live/wakeups.ts';
import type { Database, DatabaseHandle } from '../db/client.ts';
import { createPaymentProvider } from '../integrations/billing/create-billing-provider.ts';
import { createAuth } from './auth/create-auth.ts';
import { mountAuth } from './auth/mount-auth.ts';
import { createInviteCache } from './invite-cache.ts';
import { createLiveHub } from './live/live-hub.ts';
import { registerActivity } from './plugins/activity.ts';
import { answerFrameworkError, registerErrorHandling } from './plugins/error-handler.ts';
import { registerSession } from './plugins/session.ts';
import { registerWebApp } from './plugins/web-app.ts';
import { prettyLogStream } from './pretty-log.ts';
import { redactUrl, serializeError } from './redact.ts';
import { accountEmailRoutes } from './routes/account-email.ts';
import { accountProfileRoutes } from './routes/account-profile.ts';
import { accountSecurityRoutes } from './routes/account-security.ts';
import { auditLogRoutes } from './routes/audit-log.ts';
import { registerBenchRoutes } from './routes/bench.ts';
import { billingRoutes } from './routes/billing.ts';
import { billingAdminRoutes } from './routes/billing-admin.ts';
import { checkoutRoutes } from './routes/checkout.ts';
import { devMailboxRoutes } from './routes/dev-mailbox.ts';
import { docsRoutes } from './routes/docs.ts';
import { healthRoutes } from './routes/health.ts';
import { identityProviderRoutes } from './routes/identity-providers.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { inviteLinkRoutes } from './routes/invite-link.ts';
import { inviteRoutes } from './routes/invites.ts';
import { liveStreamRoutes } from './routes/live-streams.ts';
import { meRoutes } from './routes/me.ts';
import { memberManagementRoutes } from './routes/member-management.ts';
import { memberRoutes } from './routes/members.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { operatorRoutes } from './routes/operator.ts';
import { organizationImageRoutes } from './routes/organization-image.ts';
import { organizationSettingsRoutes } from './routes/organization-settings.ts';
import { organizationRoutes } from './routes/organizations.ts';
import { passwordResetRoutes } from './routes/password-reset.ts';
import { restoreSeatRoutes } from './routes/restore-seats.ts';
import { seatRequestRoutes } from './routes/seat-requests.ts';
import { stripeWebhookRoutes } from './routes/stripe-webhook.ts';
import { unsubscribeRoutes } from './routes/unsubscribe.ts';
import { webhookRoutes } from './routes/webhooks.ts';

/** Builds the whole HTTP server around an open database; the caller listens and closes. */
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export async function buildApp(options: {
  config: Config;
  db: Database;
  /** LISTEN for live updates from every instance; without it, streams get no updates. */
  listen?: DatabaseHandle['listen'];
  /** Sees every route as it is added; the permission-matrix test lists the API with it. */
  onRoute?: (route: RouteOptions) => void;
  /** The payment provider; by default the one the configuration names (Stripe or none). */
  payments?: PaymentProvider | null;
  /** Where log lines go (standard output unless given): tests read what would be logged. */
  logStream?: { write(line: string): void };
  /** Statements sent to the database so far, for `npm run bench` (with BENCH_BASELINE_ROUTE). */
  statementCount?: () => number;
}): Promise<FastifyInstance> {
  const { config, db } = options;
  const hops = config.trustProxy;
  const logStream =
    options.logStream ?? (config.logFormat === 'pretty' ? await prettyLogStream() : undefined);
  const app = Fastify({
    // A hop count as proxy-addr means it (Fastify's types accept no number): the n
    // addresses nearest the socket are proxies, the next one is the client.
    trustProxy: typeof hops === 'number' ? (_address: string, hop: number) => hop < hops : hops,
    bodyLimit: 1_048_576,
    // Long enough that any malformed invite token reaches our code and gets INVITE_INVALID.
    routerOptions: { maxParamLength: 2_000 },
    frameworkErrors: answerFrameworkError,
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      serializers: {
        // Invite URLs, `?next=` and unsubscribe links carry tokens: never write one to a log.
        req: (req) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
        // Nor the values of a failed query (e-mail addresses, session tokens).
        err: serializeError,
      },
      ...(logStream && { stream: logStream }),
    },
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const auth = createAuth(db, config, app.log);
  const live = await createLiveHub(options.listen, wakeupsFor(db));
  const payments = options.payments === undefined ? await createPaymentProvider(config) : options.payments;
  const billing = {
    payments,
    context: {
      provider: payments ? payments.name : ('manual' as const),
      graceDays: config.billing.graceDays,
    },
  };
  const inviteCache = createInviteCache(db, live);
  app.decorate('roster', {
    db,
    config,
    auth,
    inviteKey: deriveInviteKey(config.secret),
    live,
    billing,
    inviteCache,
  });
  app.addHook('onClose', async () => {
    inviteCache.close();
    await live.close();
  });
  // A change made through this instance (link reset or pause, rename, seats, deletion: every
  // such route has the organization's id in its path) drops the preview's cached copy after
  // its use case committed and before the answer leaves, so the next preview reads it anew.
  app.addHook('onSend', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const ids = request.url.match(UUIDS);
    if (ids) inviteCache.forget(ids.map((id) => id.toLowerCase()));
  });

  registerErrorHandling(app);
  if (config.metrics) {
    // Loaded only when asked for: prom-client stays out of a server that serves no metrics.
    const { registerMetrics } = await import('./metrics/register-metrics.ts');
    registerMetrics(app, config.metrics);
  }
  await app.register(helmet, { contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  // Only a refusal says when to come back (Retry-After): X-RateLimit-* on every answer were
  // three more headers on each preview and join, read by nothing of ours.
  const quiet = { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false };
  await app.register(rateLimit, {
    global: false,
    addHeadersOnExceeding: quiet,
    addHeaders: { ...quiet, 'retry-after': true },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Roster API', version: '1' },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'ROSTER_API_KEY, for the operator API' },
          session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerSession(app);
  registerActivity(app);
  mountAuth(app, auth, config.baseUrl);

  for (const routes of [
    healthRoutes,
    docsRoutes,
    meRoutes,
    accountProfileRoutes,
    accountEmailRoutes,
    accountSecurityRoutes,
    passwordResetRoutes,
    operatorRoutes,
    organizationRoutes,
    memberRoutes,
    memberManagementRoutes,
    organizationSettingsRoutes,
    organizationImageRoutes,
    auditLogRoutes,
    inviteLinkRoutes,
    invitationRoutes,
    inviteRoutes,
    notificationRoutes,
    unsubscribeRoutes,
    devMailboxRoutes,
    liveStreamRoutes,
    webhookRoutes,
    billingRoutes,
    checkoutRoutes,
    stripeWebhookRoutes,
    billingAdminRoutes,
    seatRequestRoutes,
    restoreSeatRoutes,
    identityProviderRoutes,
  ]) {
    await app.register(routes);
  }
  // `npm run bench` measures the invite preview against a route doing nothing (bench/README.md).
  if (config.benchBaselineRoute) registerBenchRoutes(app, db, options.statementCount);
  await registerWebApp(app, config.webRoot);
  return app;
}
