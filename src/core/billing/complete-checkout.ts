import { eq } from 'drizzle-orm';
import type { SubscriptionState } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { billingCheckout, billingSubscription } from '../../db/schema/subscriptions.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { insertOrganization } from '../organizations/create-organization.ts';
import { lockQueue } from '../seat-requests/admit-waiting-requests.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { admitRemaining } from './admit-remaining.ts';
import { type ApplyOutcome, nothingApplied } from './apply-outcome.ts';
import type { BillingContext } from './billing-context.ts';
import { subscriptionFields } from './subscription-fields.ts';
import { holdsSeats } from './subscription-row.ts';
import { writeSeats } from './write-seats.ts';

/**
 * A paid checkout becomes an organization (or a renewed subscription of an existing one) and
 * its link to the subscription, in one transaction guarded by the checkout row's lock and
 * status: the webhook, the return page and the reconciliation job may all try, and exactly
 * one of them creates it. Nothing here calls the provider; `state` was fetched from it.
 */
export async function completeCheckout(
  db: Database,
  options: { checkoutId: string; state: SubscriptionState; context: BillingContext },
): Promise<ApplyOutcome> {
  const { checkoutId, state } = options;
  const provider = options.context.provider;
  const result = await transactionWithEvents(db, async (tx) => {
    const [checkout] = await tx
      .select()
      .from(billingCheckout)
      .where(eq(billingCheckout.id, checkoutId))
      .for('no key update');
    // Gone, or done already (by the webhook, the return page or reconciliation): nothing to add.
    if (!checkout || checkout.status === 'completed') return null;
    const seats = Math.max(1, state.quantity);
    let organizationId: string;
    let admitted = 0;
    let more = false;
    if (checkout.kind === 'create' || !checkout.organizationId) {
      const { org } = await insertOrganization(tx, {
        ownerId: checkout.userId,
        name: checkout.organizationName ?? 'New organization',
        seats,
      });
      organizationId = org.id;
    } else {
      organizationId = checkout.organizationId;
      const locked = await lockQueue(tx, organizationId, seats);
      const before = await lockOrganization(tx, organizationId);
      const [held] = await tx
        .select()
        .from(billingSubscription)
        .where(eq(billingSubscription.organizationId, organizationId))
        .for('no key update');
      if (held && held.subscriptionId !== state.subscriptionId && holdsSeats(held.status, held.graceEndsAt)) {
        // Paid after another subscription took the organization over: it must not replace
        // the one that holds the seats. Nobody holds it; reconciliation cancels it.
        await tx.update(billingCheckout).set({ status: 'expired' }).where(eq(billingCheckout.id, checkoutId));
        return null;
      }
      ({ admitted, more } = await writeSeats(tx, {
        before,
        seats: Math.max(seats, before.seatsUsed),
        actorId: checkout.userId,
        provider,
        locked,
      }));
    }
    const link = {
      ...subscriptionFields(state),
      syncedAt: state.askedAt,
      provider,
      graceEndsAt: null,
      seatsReleasedAt: null,
      drift: null,
    };
    await tx
      .insert(billingSubscription)
      .values({ organizationId, ...link })
      // Subscribing again replaces the ended subscription of the organization.
      .onConflictDoUpdate({
        target: billingSubscription.organizationId,
        set: link,
      });
    await tx
      .update(billingCheckout)
      .set({ status: 'completed', organizationId, completedAt: new Date() })
      .where(eq(billingCheckout.id, checkoutId));
    await recordEvent(tx, {
      type: 'billing.subscribed',
      version: 1,
      organizationId,
      actorId: checkout.userId,
      targetId: null,
      data: { seats: state.quantity, provider },
    });
    return { organizationId, admitted, more };
  });
  if (!result) return nothingApplied;
  const extra = await admitRemaining(db, result.organizationId, null, result.more);
  return { ...nothingApplied, admitted: result.admitted + extra };
}
