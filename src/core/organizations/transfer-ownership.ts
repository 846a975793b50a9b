import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Organization } from '../../contracts/organizations.ts';
import type { Database } from '../../db/client.ts';
import { membership } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { lockUsers, requireTarget } from '../members/member-rules.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { organizationView } from './organization-view.ts';

/**
 * Hands the owner role to another member; the old owner becomes an admin. Demote first,
 * then promote, in one transaction: the unique index allows at most one owner at any
 * moment and the deferred trigger refuses a commit that leaves none.
 */
export async function transferOwnership(
  db: Database,
  options: { organizationId: string; actorId: string; targetId: string },
): Promise<Organization> {
  const { organizationId, actorId, targetId } = options;
  return transactionWithEvents(db, async (tx) => {
    const seen = await requireMembership(tx, organizationId, actorId);
    requirePermission(seen, 'organization', 'transferOwnership', 'transfer ownership');
    if (targetId === actorId) throw new RosterError('VALIDATION_FAILED', 'You are already the owner.');
    await requireTarget(tx, organizationId, targetId);

    await lockUsers(tx, [actorId, targetId]);
    const org = await lockOrganization(tx, organizationId);
    const actor = await requireMembership(tx, organizationId, actorId);
    requirePermission(actor, 'organization', 'transferOwnership', 'transfer ownership');
    const target = await requireTarget(tx, organizationId, targetId);

    await setRole(tx, organizationId, actorId, 'admin');
    await setRole(tx, organizationId, targetId, 'owner');
    await recordEvent(tx, {
      type: 'ownership.transferred',
      version: 1,
      organizationId,
      actorId,
      targetId,
      data: { previousOwnerId: actorId, newOwnerPreviousRole: target.role },
    });
    return organizationView(org, { role: 'admin', seat: actor.seat });
  });
}

async function setRole(tx: Database, organizationId: string, userId: string, role: 'owner' | 'admin') {
  await tx
    .update(membership)
    .set({ role })
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId)));
}
