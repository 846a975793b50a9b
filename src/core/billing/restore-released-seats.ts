import { and, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { RosterError } from '../../contracts/errors.ts';
import { billingSubscriptionEndedV2 } from '../../contracts/events.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { auditEvent, membership, organization, personalPlus } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { lockUsers } from '../members/member-rules.ts';
import { lockOrganization } from '../seats/lock-organization.ts';

const elsewhere = alias(membership, 'plus_elsewhere');

/** Who the last ended subscription took Plus from (its event names them: release-all-seats.ts). */
async function lastReleased(db: Database, organizationId: string): Promise<string[]> {
  const [row] = await db
    .select({ data: auditEvent.data, version: auditEvent.version })
    .from(auditEvent)
    .where(
      and(eq(auditEvent.organizationId, organizationId), eq(auditEvent.action, 'billing.subscription_ended')),
    )
    .orderBy(desc(auditEvent.at), desc(auditEvent.id))
    .limit(1);
  if (row?.version !== 2) return [];
  return billingSubscriptionEndedV2.parse(row.data).released;
}

/**
 * Of those, the ones who could take a seat now: still members, without a seat, and with
 * no Plus from their own subscription or another organization.
 */
async function eligible(db: Database, organizationId: string, released: string[]) {
  if (released.length === 0) return [];
  return db
    .select({ userId: membership.userId, role: membership.role, name: user.name })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(
      and(
        eq(membership.organizationId, organizationId),
        eq(membership.seat, 'none'),
        inArray(membership.userId, released),
        notExists(
          db.select({ one: sql`1` }).from(personalPlus).where(eq(personalPlus.userId, membership.userId)),
        ),
        notExists(
          db
            .select({ one: sql`1` })
            .from(elsewhere)
            .where(and(eq(elsewhere.userId, membership.userId), eq(elsewhere.seat, 'plus'))),
        ),
      ),
    )
    .orderBy(user.name, user.id);
}

/** Who would get their seat back, for the members page's offer. Owners and admins. */
export async function listRestorableSeats(
  db: Database,
  options: { organizationId: string; userId: string },
): Promise<{ members: { id: string; name: string }[]; seatsAvailable: number }> {
  const viewer = await requireMembership(db, options.organizationId, options.userId);
  requirePermission(viewer, 'seats', 'assign', 'give Plus seats back');
  const people = await eligible(db, options.organizationId, await lastReleased(db, options.organizationId));
  const [org] = await db
    .select({ seats: organization.seats, used: organization.seatsUsed })
    .from(organization)
    .where(eq(organization.id, options.organizationId));
  return {
    members: people.map((p) => ({ id: p.userId, name: p.name })),
    seatsAvailable: org ? org.seats - org.used : 0,
  };
}

/**
 * After a subscription comes back, gives Plus back in one step to the members the ended
 * one took it from, instead of one person at a time. All of them or none: if fewer seats
 * are free than people to restore, nothing changes and the answer says how many to add.
 * One `seats.restored` event; each person is told, and webhooks go out, after commit.
 */
export async function restoreReleasedSeats(
  db: Database,
  options: { organizationId: string; actorId: string },
): Promise<{ restored: number; seatsAvailable: number }> {
  const { organizationId, actorId } = options;
  return transactionWithEvents(db, async (tx) => {
    requirePermission(
      await requireMembership(tx, organizationId, actorId),
      'seats',
      'assign',
      'give Plus seats back',
    );
    const released = await lastReleased(tx, organizationId);
    // Lock order (decision 0009): the people, then the organization; then decide again.
    await lockUsers(tx, released);
    const org = await lockOrganization(tx, organizationId);
    const actor = await requireMembership(tx, organizationId, actorId);
    requirePermission(actor, 'seats', 'assign', 'give Plus seats back');
    const people = await eligible(tx, organizationId, released);
    const free = org.seats - org.seatsUsed;
    if (people.length === 0) {
      throw new RosterError(
        'NOTHING_TO_RESTORE',
        'Nobody is waiting for a seat back: everyone who had one before the subscription ended has Plus or has left.',
      );
    }
    if (people.length > free) {
      throw new RosterError(
        'NO_SEATS_AVAILABLE',
        `${people.length} members had a Plus seat before the subscription ended, and ${free === 1 ? 'only 1 seat is' : `only ${free} seats are`} free. Add ${people.length - free} more, then give them back.`,
      );
    }
    const ids = people.map((p) => p.userId);
    await tx
      .update(membership)
      .set({ seat: 'plus' })
      .where(
        and(
          eq(membership.organizationId, organizationId),
          inArray(membership.userId, ids),
          eq(membership.seat, 'none'),
        ),
      );
    const [after] = await tx
      .update(organization)
      .set({ seatsUsed: sql`${organization.seatsUsed} + ${ids.length}` })
      .where(eq(organization.id, organizationId))
      .returning({ seats: organization.seats, seatsUsed: organization.seatsUsed });
    const counts = after ?? { seats: org.seats, seatsUsed: org.seatsUsed + ids.length };
    await recordEvent(tx, {
      type: 'seats.restored',
      version: 1,
      organizationId,
      actorId,
      targetId: null,
      data: {
        restored: people.map((p) => ({ userId: p.userId, role: p.role })),
        seatsTotal: counts.seats,
        seatsUsed: counts.seatsUsed,
      },
    });
    return { restored: ids.length, seatsAvailable: counts.seats - counts.seatsUsed };
  });
}
