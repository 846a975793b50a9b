import { eq } from 'drizzle-orm';
import type { Config } from '../config/load-config.ts';
import { accountEmailPayloadSchema } from '../contracts/account-mail.ts';
import { billingJobSchema } from '../contracts/billing.ts';
import { errorDetail } from '../contracts/errors.ts';
import { invitationEmailPayloadSchema } from '../contracts/invitations.ts';
import { emailPayloadSchema } from '../contracts/notifications.ts';
import type { PaymentProvider } from '../contracts/payment-provider.ts';
import { webhookDeliverySchema } from '../contracts/webhooks.ts';
import { deriveLinkKey, openLink } from '../core/account/sealed-link.ts';
import { runBillingJob } from '../core/billing/run-billing-job.ts';
import { deriveInviteKey, inviteToken } from '../core/invites/invite-token.ts';
import { deriveUnsubscribeKey, unsubscribeToken } from '../core/notifications/unsubscribe-token.ts';
import type { Database, DatabaseHandle } from '../db/client.ts';
import { webhookEndpoint } from '../db/schema/notifications.ts';
import { createPaymentProvider } from '../integrations/billing/create-billing-provider.ts';
import { createSmtpMailer, type Mailer } from '../integrations/mail/mailer.ts';
import { sendWebhook } from '../integrations/webhooks/send-webhook.ts';
import { startReconciler } from './billing/reconciler.ts';
import { startEventExpander } from './event-expander.ts';
import { createDevMailbox } from './mail/dev-mailbox.ts';
import { renderAccountEmail } from './mail/render-account-email.ts';
import { renderEmail } from './mail/render-email.ts';
import { renderInvitationEmail } from './mail/render-invitation-email.ts';
import { createOutboxWorker } from './outbox-worker.ts';
import { startTurnedAwayCounts } from './turned-away-counts.ts';

/** The outbox worker with its real handlers: SMTP (or the dev mailbox) and webhooks. */
export async function startWorker(options: {
  db: Database;
  config: Config;
  mailer?: Mailer;
  /** The payment provider; by default the one the configuration names (Stripe or none). */
  payments?: PaymentProvider | null;
  log?: (message: string, details: Record<string, unknown>) => void;
  /** LISTEN, so a worker in another process hears of new events at once (PostgreSQL). */
  listen?: DatabaseHandle['listen'];
}) {
  const { db, config } = options;
  const mailer =
    options.mailer ??
    (config.mail.smtpUrl ? createSmtpMailer(config.mail.smtpUrl, config.mail.from) : createDevMailbox(db));
  const unsubscribeKey = deriveUnsubscribeKey(config.secret);
  const linkKey = deriveLinkKey(config.secret);
  const inviteKey = deriveInviteKey(config.secret);
  const payments = options.payments === undefined ? await createPaymentProvider(config) : options.payments;
  const context = {
    provider: payments ? payments.name : ('manual' as const),
    graceDays: config.billing.graceDays,
  };

  const worker = createOutboxWorker({
    db,
    ...config.worker,
    atOnce: { email: mailer.atOnce },
    handlers: {
      async email(row) {
        // Told apart by their `kind` (a notice's mail has none), so each is checked by its own
        // schema once: trying the others first cost two failed parses a mail under a burst.
        const kind = (row.payload as { kind?: unknown } | null)?.kind;
        if (kind === 'account') {
          const account = accountEmailPayloadSchema.parse(row.payload);
          const link = account.sealedLink ? openLink(linkKey, account.sealedLink) : null;
          await mailer.send(renderAccountEmail(account, { outboxId: row.id, baseUrl: config.baseUrl, link }));
          return;
        }
        if (kind === 'invitation') {
          const invitation = invitationEmailPayloadSchema.parse(row.payload);
          const { organizationId, linkVersion } = invitation;
          await mailer.send(
            renderInvitationEmail(invitation, {
              outboxId: row.id,
              baseUrl: config.baseUrl,
              token: inviteToken(inviteKey, organizationId, linkVersion),
              plusBenefits: config.plusBenefits,
            }),
          );
          return;
        }
        const payload = emailPayloadSchema.parse(row.payload);
        const token = unsubscribeToken(unsubscribeKey, payload.userId, payload.type);
        await mailer.send(
          renderEmail(payload, {
            outboxId: row.id,
            baseUrl: config.baseUrl,
            plusBenefits: config.plusBenefits,
            unsubscribeUrl: `${config.baseUrl}/api/v1/unsubscribe?token=${token}`,
          }),
        );
      },
      async webhook(row) {
        const payload = webhookDeliverySchema.parse(row.payload);
        const [endpoint] = await db
          .select()
          .from(webhookEndpoint)
          .where(eq(webhookEndpoint.id, payload.endpointId));
        if (!endpoint) return; // removed since: nothing to deliver
        await sendWebhook({
          url: endpoint.url,
          secret: endpoint.secret,
          messageId: row.id,
          body: JSON.stringify(payload.event),
        });
      },
      async billing(row) {
        // Queued only where a provider is configured; one that was removed since has nothing to do.
        if (!payments) return;
        await runBillingJob(db, payments, billingJobSchema.parse(row.payload), context);
      },
    },
    // Giving up on a cancellation would leave a customer paying for a deleted organization:
    // it is retried until the provider takes it, and the operator sees it failing meanwhile.
    retriesForever: (row) =>
      row.kind === 'billing' &&
      billingJobSchema.safeParse(row.payload).data?.action === 'cancel-subscription',
    onError: (row, error) =>
      options.log?.('outbox delivery failed; will retry', {
        id: row.id,
        kind: row.kind,
        attempts: row.attempts,
        error: errorDetail(error),
      }),
  });
  worker.start();
  const expander = startEventExpander({
    db,
    pollMs: config.worker.pollMs,
    listen: options.listen,
    onError: (error) => options.log?.('event expansion failed; will retry', { error: errorDetail(error) }),
  });
  const turnedAway = startTurnedAwayCounts({
    db,
    delayMs: config.worker.turnedAwayDelayMs,
    onError: (error) =>
      options.log?.('counting people turned away failed; will retry', { error: errorDetail(error) }),
  });
  const reconciler = payments
    ? startReconciler({ db, payments, context, everyMs: config.billing.reconcileMs, log: options.log })
    : null;
  return {
    worker,
    async stop() {
      reconciler?.stop();
      await turnedAway.stop();
      await expander.stop();
      await worker.stop();
      mailer.close();
    },
  };
}
