import type { BillingJob } from '../../contracts/billing.ts';
import type { ProviderEvent } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { outbox } from '../../db/schema/notifications.ts';
import { billingEvent } from '../../db/schema/subscriptions.ts';

/**
 * Takes in a verified provider event: its id is recorded (a replay finds it and does
 * nothing), and the work it asks for is queued in the same transaction for the worker,
 * which fetches the current state from the provider. The webhook answers at once and never
 * calls the provider itself.
 */
export async function receiveProviderEvent(
  db: Database,
  event: ProviderEvent,
): Promise<{ duplicate: boolean }> {
  return db.transaction(async (tx) => {
    const fresh = await tx
      .insert(billingEvent)
      .values({ id: event.id, type: event.type })
      .onConflictDoNothing()
      .returning({ id: billingEvent.id });
    if (fresh.length === 0) return { duplicate: true };
    const job: BillingJob | null = event.subscriptionId
      ? { action: 'sync-subscription', subscriptionId: event.subscriptionId, eventId: event.id }
      : event.checkoutSessionId
        ? { action: 'settle-checkout', sessionId: event.checkoutSessionId, eventId: event.id }
        : null;
    if (job) await tx.insert(outbox).values({ kind: 'billing', payload: job });
    return { duplicate: false };
  });
}
