import { RosterError } from '../../contracts/errors.ts';
import type { Organization } from '../../contracts/organizations.ts';
import type { Database } from '../../db/client.ts';
import { inviteLink, membership, organization } from '../../db/schema/organizations.ts';
import type { BillingContext } from '../billing/billing-context.ts';
import { recordEvent } from '../events/record-event.ts';
import { lockUserForPlus } from '../plus/lock-user.ts';
import { organizationView } from './organization-view.ts';

/**
 * Creates an organization with seats the owner chose (`manual` billing). With a payment
 * provider, organizations are created when their checkout completes instead.
 */
export async function createOrganization(
  db: Database,
  options: { ownerId: string; name: string; seats: number; context: BillingContext },
): Promise<Organization> {
  if (options.context.provider !== 'manual') {
    throw new RosterError(
      'CHECKOUT_REQUIRED',
      'Seats here are paid for: create the organization through checkout (POST /api/v1/billing/checkout).',
    );
  }
  return db.transaction(async (tx) => {
    const { org, seat } = await insertOrganization(tx, options);
    return organizationView(org, { role: 'owner', seat });
  });
}

/**
 * In the caller's transaction: the organization, its invite link and its owner, who takes a
 * seat unless they already have Plus from elsewhere.
 */
export async function insertOrganization(
  tx: Database,
  options: { ownerId: string; name: string; seats: number },
) {
  const { plus } = await lockUserForPlus(tx, options.ownerId);
  const seat = plus.active ? ('none' as const) : ('plus' as const);
  const [org] = await tx
    .insert(organization)
    .values({ name: options.name, seats: options.seats, seatsUsed: seat === 'plus' ? 1 : 0 })
    .returning();
  if (!org) throw new Error('insert into organization returned no row');
  await tx.insert(inviteLink).values({ organizationId: org.id });
  await tx
    .insert(membership)
    .values({ organizationId: org.id, userId: options.ownerId, role: 'owner', seat });
  await recordEvent(tx, {
    type: 'organization.created',
    version: 1,
    organizationId: org.id,
    actorId: options.ownerId,
    targetId: null,
    data: { name: org.name, seats: org.seats, ownerSeat: seat },
  });
  return { org, seat };
}
