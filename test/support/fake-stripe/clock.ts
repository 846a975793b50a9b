import { type Account, addInterval, snapshot } from './account.ts';
import { expireCheckout } from './checkout.ts';
import { buildInvoice, periodLine, settleInvoice } from './invoices.ts';
import type { FakeEvent } from './objects.ts';
import { cancelSubscription, emitInvoiceOutcome, emitUpdated } from './subscriptions.ts';

/**
 * Moves the account's clock forward and does what Stripe does when time passes (as a test
 * clock would): open sessions expire, pending updates lapse, subscriptions set to cancel end,
 * and the others renew, charging the saved card (which fails while payments are declined).
 */
export function advanceClock(account: Account, seconds: number, baseUrl: string): FakeEvent[] {
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error('fake-stripe: the clock only moves forward');
  const firstEvent = account.events.length;
  account.advance(seconds);
  const now = account.now();
  for (const { session } of account.sessions.values()) {
    if (session.status === 'open' && session.expires_at <= now) expireCheckout(account, session.id, null);
  }
  for (const subscription of account.subscriptions.values()) {
    if (subscription.pending_update && subscription.pending_update.expires_at <= now) {
      const previous = { pending_update: subscription.pending_update };
      subscription.pending_update = null;
      account.emit('customer.subscription.pending_update_expired', subscription, null, previous);
    }
    const item = subscription.items.data[0]!;
    while (subscription.status !== 'canceled' && item.current_period_end <= now) {
      const end = item.current_period_end;
      if (subscription.cancel_at !== null && subscription.cancel_at <= end) {
        cancelSubscription(account, subscription, null, 'cancellation_requested', subscription.cancel_at);
        break;
      }
      if (subscription.status !== 'active' && subscription.status !== 'past_due') break;
      const before = snapshot(subscription);
      const ended = { start: item.current_period_start, end };
      item.current_period_start = end;
      item.current_period_end = addInterval(end, item.price.recurring.interval);
      const invoice = buildInvoice(account, {
        subscription,
        lines: [periodLine(account, item)],
        billingReason: 'subscription_cycle',
        period: ended,
      });
      if (settleInvoice(account, invoice, baseUrl) === 'failed') subscription.status = 'past_due';
      subscription.latest_invoice = invoice.id;
      emitUpdated(account, before, subscription, null);
      emitInvoiceOutcome(account, invoice, null);
    }
  }
  return account.events.slice(firstEvent).map((record) => record.event);
}
