import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { membership } from '../../db/schema/organizations.ts';
import { type MembershipRow, requirePermission } from '../access/require-membership.ts';
import { recordEvent } from '../events/record-event.ts';
import { requireAuthorityOver } from './member-rules.ts';

/**
 * Promotes a member to admin or demotes an admin, inside the caller's transaction (which
 * holds the organization lock). The owner role is never set here: it moves only by
 * transfer, so the one-owner rule has a single place to be kept.
 */
export async function changeRole(
  tx: Database,
  options: { actor: MembershipRow; target: MembershipRow; role: 'admin' | 'member' },
): Promise<void> {
  const { actor, target, role } = options;
  requirePermission(actor, 'members', 'promote', 'change roles');
  if (actor.userId === target.userId) {
    throw new RosterError(
      'FORBIDDEN',
      actor.role === 'owner'
        ? 'You cannot change your own role; to step down, transfer ownership to someone else.'
        : 'You cannot change your own role; ask the owner.',
    );
  }
  if (target.role === role) return;
  requireAuthorityOver(actor, target, 'change the role of');
  await tx
    .update(membership)
    .set({ role })
    .where(and(eq(membership.organizationId, target.organizationId), eq(membership.userId, target.userId)));
  await recordEvent(tx, {
    type: 'member.role_changed',
    version: 1,
    organizationId: target.organizationId,
    actorId: actor.userId,
    targetId: target.userId,
    data: { from: target.role, to: role },
  });
}
