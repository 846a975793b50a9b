import type { SeatChange } from '../../contracts/billing.ts';
import type { Database } from '../../db/client.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { transactionWithEvents } from '../events/record-event.ts';
import { lockQueue } from '../seat-requests/admit-waiting-requests.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { admitRemaining } from './admit-remaining.ts';
import type { BillingContext } from './billing-context.ts';
import { getBillingUnchecked } from './get-billing.ts';
import { writeSeats } from './write-seats.ts';

/**
 * Writes a seat count the owner chose: with `manual` at once; with a paid provider once it
 * has confirmed (raise) or before it is asked (lower, so no join can slip in between).
 * Never below the seats in use: the guarded UPDATE refuses it, whatever the caller checked.
 * Added seats admit pending seat requests in the same transaction: those in `admitFirst`
 * (the owner's choice on the members page) first, then the others oldest first.
 */
export async function setSeats(
  db: Database,
  options: {
    organizationId: string;
    actorId: string;
    seats: number;
    context: BillingContext;
    admitFirst?: readonly string[] | undefined;
  },
): Promise<Omit<SeatChange, 'outcome'>> {
  const { organizationId, actorId, seats, context, admitFirst } = options;
  const result = await transactionWithEvents(db, async (tx) => {
    const seen = await requireMembership(tx, organizationId, actorId);
    requirePermission(seen, 'seats', 'manageBilling', 'change the number of seats');
    // Lock order (docs/decisions/0009-domain-events.md): the users a raise may admit and the invite link (lockQueue), then the organization.
    const locked = await lockQueue(tx, organizationId, seats, admitFirst);
    const before = await lockOrganization(tx, organizationId);
    const actor = await requireMembership(tx, organizationId, actorId);
    requirePermission(actor, 'seats', 'manageBilling', 'change the number of seats');
    return writeSeats(tx, {
      before,
      seats,
      actorId,
      provider: context.provider,
      locked,
      first: admitFirst,
    });
  });
  const admitted = result.admitted + (await admitRemaining(db, organizationId, actorId, result.more));
  return { billing: await getBillingUnchecked(db, organizationId, context), admitted };
}
