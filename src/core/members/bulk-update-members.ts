import { and, eq, inArray } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { BulkMemberChange } from '../../contracts/member-management.ts';
import type { Member } from '../../contracts/members.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { membership } from '../../db/schema/organizations.ts';
import { type MembershipRow, requireMembership, requirePermission } from '../access/require-membership.ts';
import { transactionWithEvents } from '../events/record-event.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { changeRole } from './change-role.ts';
import { changeSeat } from './change-seat.ts';
import { lockUsers } from './member-rules.ts';
import { memberColumns, memberView } from './member-view.ts';
import { removeLockedMember } from './remove-member.ts';

const permissionOf = {
  remove: ['members', 'remove', 'remove members'],
  set_role: ['members', 'promote', 'change roles'],
  set_seat: ['seats', 'assign', 'assign or remove Plus seats'],
} as const;

/**
 * One change for many members ("Give Plus seats" to the ten selected), all or nothing in
 * one transaction: each person goes through the same use case as one at a time
 * (removeLockedMember, changeRole, changeSeat), so the rules and the one event per change
 * are theirs. The first person the change cannot apply to rolls everything back, and the
 * error names them (docs/decisions/0033-member-list-at-scale.md).
 */
export async function bulkUpdateMembers(
  db: Database,
  options: { organizationId: string; actorId: string; change: BulkMemberChange },
): Promise<{ members: Member[]; removed: string[] }> {
  const { organizationId, actorId, change } = options;
  const [resource, action, doing] = permissionOf[change.action];
  return transactionWithEvents(db, async (tx) => {
    // Outsiders get 404 and plain members 403 before any lock is taken.
    requirePermission(await requireMembership(tx, organizationId, actorId), resource, action, doing);

    // Lock order (decision 0009): the people in id order, then the organization.
    await lockUsers(tx, change.userIds);
    const org = await lockOrganization(tx, organizationId);
    const actor = await requireMembership(tx, organizationId, actorId);
    requirePermission(actor, resource, action, doing);
    const targets = await tx
      .select()
      .from(membership)
      .where(and(eq(membership.organizationId, organizationId), inArray(membership.userId, change.userIds)));
    const names = new Map(
      (
        await tx.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, change.userIds))
      ).map((u) => [u.id, u.name]),
    );
    const missing = change.userIds.filter((id) => !targets.some((t) => t.userId === id));
    if (missing.length > 0) {
      const who = missing.map((id) => names.get(id) ?? 'someone selected').join(', ');
      throw new RosterError(
        'MEMBER_NOT_FOUND',
        `Nothing was changed: ${who} ${missing.length === 1 ? 'is' : 'are'} no longer a member of the organization.`,
      );
    }
    if (change.action === 'set_seat' && change.seat === 'plus') {
      const needed = targets.filter((t) => t.seat === 'none').length;
      const free = org.seats - org.seatsUsed;
      if (needed > free) {
        throw new RosterError(
          'NO_SEATS_AVAILABLE',
          `Nothing was changed: ${needed} of the selected members have no seat and only ${free} ${free === 1 ? 'seat is' : 'seats are'} free. Add seats or select fewer people.`,
        );
      }
    }

    for (const target of [...targets].sort((a, b) => (a.userId < b.userId ? -1 : 1))) {
      try {
        await applyTo(tx, actor, target, change);
      } catch (error) {
        if (!(error instanceof RosterError)) throw error;
        const name = names.get(target.userId) ?? 'A selected member';
        throw new RosterError(error.code, `Nothing was changed. ${name}: ${error.message}`);
      }
    }

    if (change.action === 'remove') return { members: [], removed: change.userIds };
    const rows = await tx
      .select(memberColumns)
      .from(membership)
      .innerJoin(user, eq(user.id, membership.userId))
      .where(and(eq(membership.organizationId, organizationId), inArray(membership.userId, change.userIds)));
    return { members: rows.map((r) => memberView(r, true)), removed: [] };
  });
}

function applyTo(tx: Database, actor: MembershipRow, target: MembershipRow, change: BulkMemberChange) {
  if (change.action === 'remove') return removeLockedMember(tx, { actor, target });
  if (change.action === 'set_role') return changeRole(tx, { actor, target, role: change.role });
  return changeSeat(tx, { actor, target, seat: change.seat });
}
