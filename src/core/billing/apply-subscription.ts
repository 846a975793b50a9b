import { eq } from 'drizzle-orm';
import type { SubscriptionState } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { billingSubscription } from '../../db/schema/subscriptions.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { lockQueue } from '../seat-requests/admit-waiting-requests.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { admitRemaining } from './admit-remaining.ts';
import { type ApplyOutcome, nothingApplied } from './apply-outcome.ts';
import type { BillingContext } from './billing-context.ts';
import { completeCheckout } from './complete-checkout.ts';
import { releaseAllSeats } from './release-all-seats.ts';
import { subscriptionFields } from './subscription-fields.ts';
import { hasEnded, holdsSeats } from './subscription-row.ts';
import { writeSeats } from './write-seats.ts';

/**
 * Brings Roster in step with a subscription as the provider reports it now. Every webhook,
 * the return from checkout and the reconciliation job end here, with state fetched from the
 * provider rather than taken from an event, so events arriving twice or out of order cannot
 * leave a stale state behind: applying the same state again changes nothing.
 * - paid (or past due within the grace period): seats follow the quantity, never below the
 *   seats assigned; a quantity below them is written down as drift for the owner to settle;
 * - ended: every seat is released once, and people are told.
 */
export async function applySubscription(
  db: Database,
  state: SubscriptionState,
  options: {
    context: BillingContext;
    actorId?: string | null;
    now?: Date;
    /** Seat requests the owner chose to let in with a raise they paid for (set-seats.ts). */
    admitFirst?: readonly string[] | undefined;
  },
): Promise<ApplyOutcome> {
  const now = options.now ?? new Date();
  const [linked] = await db
    .select({ organizationId: billingSubscription.organizationId })
    .from(billingSubscription)
    .where(eq(billingSubscription.subscriptionId, state.subscriptionId));
  if (!linked) {
    // Paid before the checkout was completed here: this completes it.
    if (state.checkoutId && holdsSeats(state.status, null, now)) {
      return completeCheckout(db, { checkoutId: state.checkoutId, state, context: options.context });
    }
    return nothingApplied;
  }

  const organizationId = linked.organizationId;
  const actorId = options.actorId ?? null;
  const result = await transactionWithEvents(db, async (tx) => {
    // Lock order (docs/decisions/0009-domain-events.md): the users a raise may admit and the invite link (lockQueue), then the organization, then its subscription.
    const locked = await lockQueue(tx, organizationId, state.quantity, options.admitFirst);
    const before = await lockOrganization(tx, organizationId);
    const [current] = await tx
      .select()
      .from(billingSubscription)
      .where(eq(billingSubscription.organizationId, organizationId))
      .for('no key update');
    // Replaced by a newer subscription meanwhile: the old one no longer speaks for the seats.
    if (!current || current.subscriptionId !== state.subscriptionId)
      return { ...nothingApplied, more: false };
    // A state asked for before the one applied last (a slower fetch that lost the race for
    // this lock) is older news: applying it would undo the newer one.
    if (state.askedAt < current.syncedAt) return { ...nothingApplied, more: false };

    const becamePastDue = state.status === 'past_due' && current.status !== 'past_due';
    const graceEndsAt =
      state.status !== 'past_due'
        ? null
        : (current.graceEndsAt ?? new Date(now.getTime() + options.context.graceDays * 86_400_000));
    const fields = { ...subscriptionFields(state), graceEndsAt, syncedAt: state.askedAt };

    if (hasEnded(state.status, graceEndsAt, now)) {
      const release = !current.seatsReleasedAt;
      if (release) {
        await releaseAllSeats(tx, before, { status: state.status, provider: options.context.provider });
      }
      await tx
        .update(billingSubscription)
        .set({ ...fields, seatsReleasedAt: current.seatsReleasedAt ?? now, drift: null })
        .where(eq(billingSubscription.organizationId, organizationId));
      const seats = release && before.seats !== 0 ? { from: before.seats, to: 0 } : null;
      return { ...nothingApplied, seats, more: false };
    }
    if (!holdsSeats(state.status, graceEndsAt, now)) {
      // Incomplete: nothing is paid yet and nothing was given; wait for the next state.
      await tx
        .update(billingSubscription)
        .set(fields)
        .where(eq(billingSubscription.organizationId, organizationId));
      return { ...nothingApplied, more: false };
    }

    const drift =
      state.quantity < before.seatsUsed
        ? `Stripe bills ${state.quantity} seats but ${before.seatsUsed} are assigned: remove Plus from ${before.seatsUsed - state.quantity} members or add seats.`
        : null;
    const seats = Math.max(state.quantity, before.seatsUsed);
    const { admitted, more } = await writeSeats(tx, {
      before,
      seats,
      actorId,
      provider: options.context.provider,
      locked,
      first: options.admitFirst,
    });
    await tx
      .update(billingSubscription)
      .set({ ...fields, seatsReleasedAt: null, drift })
      .where(eq(billingSubscription.organizationId, organizationId));
    if (becamePastDue && graceEndsAt) {
      // The owner is told after commit by when to pay (core/events/billing-events.ts).
      await recordEvent(tx, {
        type: 'billing.payment_failed',
        version: 1,
        organizationId,
        actorId: null,
        targetId: null,
        data: { until: graceEndsAt.toISOString() },
      });
    }
    const changed = seats !== before.seats ? { from: before.seats, to: seats } : null;
    return { seats: changed, admitted, drift, more };
  });
  const { more, ...outcome } = result;
  return {
    ...outcome,
    admitted: outcome.admitted + (await admitRemaining(db, organizationId, actorId, more)),
  };
}
