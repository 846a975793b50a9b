import { asc, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { session, user } from '../../db/schema/auth.ts';
import { membership, organization } from '../../db/schema/organizations.ts';
import { transactionWithEvents } from '../events/record-event.ts';
import { wakeupsFor } from '../live/wakeups.ts';
import { endMembership } from '../members/leave-organization.ts';

function ownsOrganizations(names: string[]): RosterError {
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return new RosterError(
    'OWNS_ORGANIZATIONS',
    `You own ${list}. Transfer ownership to another member or delete ${names.length === 1 ? 'it' : 'them'} first (Settings of the organization), then delete your account.`,
  );
}

/**
 * Deletes a person's account, refused while they own an organization (it must always have
 * an owner). In one transaction: the person's row is locked FOR UPDATE first (a join, a
 * transfer or a notice that refers to it waits, then finds it gone), every membership ends
 * through the same steps as leaving (core/members/leave-organization.ts: the seat freed,
 * one `member.left` each, so the managers are told), then the row is deleted and with it,
 * by ON DELETE CASCADE, sessions, sign-in methods, notifications, preferences, personal
 * Plus, pending seat requests and the avatar. After commit the live streams its sessions
 * opened close.
 */
export async function deleteAccount(db: Database, options: { userId: string }): Promise<void> {
  const { userId } = options;
  const ended = await transactionWithEvents(db, async (tx) => {
    const [person] = await tx.select({ name: user.name }).from(user).where(eq(user.id, userId)).for('update');
    if (!person) throw new RosterError('UNAUTHENTICATED', 'Your account no longer exists; sign in again.');
    // Under the person's lock: no membership of theirs comes or goes until commit.
    const memberships = await tx
      .select({ organizationId: membership.organizationId, role: membership.role, name: organization.name })
      .from(membership)
      .innerJoin(organization, eq(organization.id, membership.organizationId))
      .where(eq(membership.userId, userId))
      .orderBy(asc(membership.organizationId));
    const owned = memberships.filter((m) => m.role === 'owner');
    if (owned.length > 0) throw ownsOrganizations(owned.map((m) => m.name));
    for (const { organizationId } of memberships) {
      await endMembership(tx, { organizationId, userId, deletedAccount: { name: person.name } });
    }
    const sessions = await tx.delete(session).where(eq(session.userId, userId)).returning({ id: session.id });
    await tx.delete(user).where(eq(user.id, userId));
    return sessions.map((s) => s.id);
  });
  wakeupsFor(db).signedOut(ended);
}
