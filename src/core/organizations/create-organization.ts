import type { Organization } from '../../contracts/organizations.ts';
import type { Database } from '../../db/client.ts';
import { inviteLink, membership, organization } from '../../db/schema/organizations.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { lockUserForPlus } from '../plus/lock-user.ts';
import { organizationView } from './organization-view.ts';

/**
 * Creates an organization with its invite link; the creator becomes the owner and takes
 * a seat unless they already have Plus from elsewhere. Until billing lands the seat count
 * is set directly.
 */
export async function createOrganization(
  db: Database,
  options: { ownerId: string; name: string; seats: number },
): Promise<Organization> {
  return db.transaction(async (tx) => {
    const { plus } = await lockUserForPlus(tx, options.ownerId);
    const seat = plus.active ? 'none' : 'plus';
    const [org] = await tx
      .insert(organization)
      .values({ name: options.name, seats: options.seats, seatsUsed: seat === 'plus' ? 1 : 0 })
      .returning();
    if (!org) throw new Error('insert into organization returned no row');
    await tx.insert(inviteLink).values({ organizationId: org.id });
    await tx
      .insert(membership)
      .values({ organizationId: org.id, userId: options.ownerId, role: 'owner', seat });
    await recordAuditEvent(tx, {
      organizationId: org.id,
      actorId: options.ownerId,
      action: 'organization.created',
      data: { name: org.name, seats: org.seats, ownerSeat: seat },
    });
    return organizationView(org, { role: 'owner', seat });
  });
}
