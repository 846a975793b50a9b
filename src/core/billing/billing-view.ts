import type { Billing, BillingProviderName } from '../../contracts/billing.ts';
import { RosterError } from '../../contracts/errors.ts';
import { seatSummary } from '../organizations/organization-view.ts';

export function billingView(
  org: { seats: number; seatsUsed: number },
  provider: BillingProviderName,
  pendingRequests: number,
): Billing {
  return { provider, status: 'active', seats: seatSummary(org), pendingRequests };
}

/** The one refusal for going below the seats in use, from the API and the UI alike. */
export function seatsBelowAssigned(seatsUsed: number, seats: number): RosterError {
  const over = seatsUsed - seats;
  return new RosterError(
    'SEATS_BELOW_ASSIGNED',
    `${seatsUsed} seats are assigned; remove Plus from ${over} ${over === 1 ? 'member' : 'members'} first.`,
  );
}
