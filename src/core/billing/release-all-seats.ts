import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { membership, organization } from '../../db/schema/organizations.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { organizationManagers } from '../events/organization-audience.ts';
import { publishLive } from '../live/publish-live.ts';
import { notify } from '../notifications/notify.ts';
import type { OrganizationRow } from '../seats/lock-organization.ts';
import { enqueueWebhooks } from '../webhooks/enqueue-webhooks.ts';

/**
 * The subscription ended (canceled, unpaid, or past due beyond the grace period): in the
 * caller's transaction, which holds the organization lock, every Plus seat is released and
 * the seat count goes to zero. Members stay members; those who lost Plus, and the owner and
 * admins, are told; the operator's product hears `seat.released` for each.
 */
export async function releaseAllSeats(
  tx: Database,
  org: OrganizationRow,
  reason: { status: string },
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
  await recordAuditEvent(tx, {
    organizationId: org.id,
    actorId: null,
    action: 'billing.subscription_ended',
    data: { status: reason.status, seats: { from: org.seats, to: 0 }, seatsReleased: released.length },
  });
  const { managerIds } = await organizationManagers(tx, org.id);
  await notify(tx, {
    type: 'subscription_ended',
    organizationId: org.id,
    userIds: [...released.map((r) => r.userId), ...managerIds],
    data: { organizationName: org.name, seatsTotal: 0 },
    path: `/organizations/${org.id}/members`,
  });
  for (const { userId } of released) {
    await enqueueWebhooks(tx, 'seat.released', {
      organizationId: org.id,
      userId,
      reason: 'subscription_ended',
    });
  }
  await enqueueWebhooks(tx, 'seats.changed', {
    organizationId: org.id,
    seats: 0,
    seatsUsed: 0,
    previousSeats: org.seats,
    provider: 'stripe',
    changedBy: null,
  });
  await publishLive(tx, { kind: 'seats', organizationId: org.id, total: 0, used: 0 });
  return released.length;
}
