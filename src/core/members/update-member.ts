import type { MemberChanges } from '../../contracts/member-management.ts';
import type { Member } from '../../contracts/members.ts';
import type { Database } from '../../db/client.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { transactionWithEvents } from '../events/record-event.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { changeRole } from './change-role.ts';
import { changeSeat } from './change-seat.ts';
import { lockUsers, memberNotFound, requireTarget } from './member-rules.ts';
import { findMember, memberView } from './member-view.ts';

/**
 * PATCH of a member: role, seat or both, in one transaction with one audit event per
 * change. Roles and memberships are re-read after taking the locks, so a decision is never
 * made on a role that changed while this request waited.
 */
export async function updateMember(
  db: Database,
  options: { organizationId: string; actorId: string; targetId: string; changes: MemberChanges },
): Promise<Member> {
  const { organizationId, actorId, targetId, changes } = options;
  return transactionWithEvents(db, async (tx) => {
    // Outsiders get 404 and plain members 403 before any lock is taken.
    const seen = await requireMembership(tx, organizationId, actorId);
    if (changes.role) requirePermission(seen, 'members', 'promote', 'change roles');
    if (changes.seat) requirePermission(seen, 'seats', 'assign', 'assign or remove Plus seats');
    await requireTarget(tx, organizationId, targetId);

    await lockUsers(tx, [targetId]);
    await lockOrganization(tx, organizationId);
    const actor = await requireMembership(tx, organizationId, actorId);
    // Seat authority is judged on the role the target had when the request came in.
    const target = await requireTarget(tx, organizationId, targetId);
    if (changes.role) await changeRole(tx, { actor, target, role: changes.role });
    if (changes.seat) {
      await changeSeat(tx, { actor, target, seat: changes.seat, roleNow: changes.role ?? target.role });
    }

    const row = await findMember(tx, organizationId, targetId);
    if (!row) throw memberNotFound();
    return memberView(row, true);
  });
}
