import { and, eq } from 'drizzle-orm';
import type { BillingProviderName } from '../../contracts/billing.ts';
import type { Database } from '../../db/client.ts';
import { membership, organization } from '../../db/schema/organizations.ts';
import { recordEvent } from '../events/record-event.ts';
import type { OrganizationRow } from '../seats/lock-organization.ts';

/**
 * The subscription ended (canceled, unpaid, or past due beyond the grace period): in the
 * caller's transaction, which holds the organization lock, every Plus seat is released and
 * the seat count goes to zero. Members stay members. Its one event names who lost Plus:
 * after commit they, and the owner and admins, are told, and the operator's product hears
 * `seat.released` for each and `seats.changed` from the provider that ended it.
 */
export async function releaseAllSeats(
  tx: Database,
  org: OrganizationRow,
  reason: { status: string; provider: BillingProviderName },
): Promise<number> {
  const released = await tx
    .update(membership)
    .set({ seat: 'none' })
    .where(and(eq(membership.organizationId, org.id), eq(membership.seat, 'plus')))
    .returning({ userId: membership.userId });
  await tx
    .update(organization)
    .set({ seats: 0, seatsUsed: 0, updatedAt: new Date() })
    .where(eq(organization.id, org.id));
  await recordEvent(tx, {
    type: 'billing.subscription_ended',
    version: 2,
    organizationId: org.id,
    actorId: null,
    targetId: null,
    data: {
      status: reason.status,
      seats: { from: org.seats, to: 0 },
      seatsReleased: released.length,
      released: released.map((r) => r.userId),
      provider: reason.provider,
    },
  });
  return released.length;
}
