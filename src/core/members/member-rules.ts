import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import { can, type Role } from '../../contracts/permissions.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { membership } from '../../db/schema/organizations.ts';
import type { MembershipRow } from '../access/require-membership.ts';

/**
 * Rules that depend on whom an action targets, on top of the role map: admins act on
 * members, while acting against an admin (or the owner) takes the owner's
 * `members.manageAdmins`. Nobody but the owner outranks an admin.
 */
export function requireAuthorityOver(actor: { role: Role }, target: { role: Role }, doing: string): void {
  if (target.role === 'owner') {
    throw new RosterError(
      'FORBIDDEN',
      `Nobody can ${doing} the owner; the owner can transfer ownership first.`,
    );
  }
  if (target.role === 'admin' && !can(actor.role, 'members', 'manageAdmins')) {
    throw new RosterError('FORBIDDEN', `Only the owner can ${doing} an admin.`);
  }
}

export function memberNotFound(): RosterError {
  return new RosterError('MEMBER_NOT_FOUND', 'This person is not a member of the organization.');
}

/** The target's membership, or MEMBER_NOT_FOUND. */
export async function requireTarget(
  tx: Database,
  organizationId: string,
  userId: string,
): Promise<MembershipRow> {
  const [row] = await tx
    .select()
    .from(membership)
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId)));
  if (!row) throw memberNotFound();
  return row;
}

/** Locks user rows in id order (docs/decisions/0009-domain-events.md: users come before the organization). */
export async function lockUsers(tx: Database, userIds: string[]): Promise<void> {
  for (const id of [...new Set(userIds)].sort()) {
    await tx.select({ id: user.id }).from(user).where(eq(user.id, id)).for('no key update');
  }
}
