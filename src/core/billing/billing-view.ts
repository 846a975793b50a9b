import type { Billing, BillingInterval } from '../../contracts/billing.ts';
import { RosterError } from '../../contracts/errors.ts';
import { seatSummary } from '../organizations/organization-view.ts';
import type { BillingContext } from './billing-context.ts';
import { billingStatusOf, holdsSeats, type SubscriptionRow } from './subscription-row.ts';

/** The owner's view of an organization's billing, from its row and its subscription's. */
export function billingView(
  org: { seats: number; seatsUsed: number },
  context: BillingContext,
  pendingRequests: number,
  subscription: SubscriptionRow | null,
): Billing {
  const base = { seats: seatSummary(org), pendingRequests, provider: context.provider };
  const unpaid = {
    cancelAtPeriodEnd: false,
    periodEndsAt: null,
    paidSeats: null,
    graceEndsAt: null,
    drift: null,
  };
  if (context.provider === 'manual') {
    return {
      ...base,
      status: 'active',
      plan: null,
      nextPayment: null,
      ...unpaid,
    };
  }
  if (!subscription) return { ...base, status: 'none', plan: null, nextPayment: null, ...unpaid };
  const s = subscription;
  const priced = s.unitAmount !== null && s.currency !== null;
  const renews = priced && s.currentPeriodEnd && !s.cancelAtPeriodEnd && holdsSeats(s.status, s.graceEndsAt);
  return {
    ...base,
    status: billingStatusOf(s.status),
    plan: priced
      ? {
          amount: s.unitAmount ?? 0,
          currency: s.currency ?? '',
          interval: (s.interval ?? 'month') as BillingInterval,
          name: s.planName,
        }
      : null,
    nextPayment:
      renews && s.currentPeriodEnd
        ? {
            at: s.currentPeriodEnd.toISOString(),
            amount: (s.unitAmount ?? 0) * s.quantity,
            currency: s.currency ?? '',
          }
        : null,
    cancelAtPeriodEnd: s.cancelAtPeriodEnd,
    periodEndsAt: s.currentPeriodEnd?.toISOString() ?? null,
    paidSeats: s.quantity,
    graceEndsAt: s.status === 'past_due' && s.graceEndsAt ? s.graceEndsAt.toISOString() : null,
    drift: s.drift,
  };
}

/** The one refusal for going below the seats in use, from the API and the UI alike. */
export function seatsBelowAssigned(seatsUsed: number, seats: number): RosterError {
  const over = seatsUsed - seats;
  return new RosterError(
    'SEATS_BELOW_ASSIGNED',
    `${seatsUsed} seats are assigned; remove Plus from ${over} ${over === 1 ? 'member' : 'members'} first.`,
  );
}
