import { eq, sql } from 'drizzle-orm';
import type { PlusStatus } from '../../contracts/plus.ts';
import type { Database } from '../../db/client.ts';
import { personalPlus } from '../../db/schema/organizations.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { releaseSeat } from '../seats/release-seat.ts';
import { getPlusStatus } from './get-plus-status.ts';
import { lockUserForPlus } from './lock-user.ts';

/**
 * Records whether the operator's product sells this user Plus directly. Turning it on
 * releases any organization seat they hold, so nobody holds Plus twice and the seat goes
 * back to the organization. Turning it off leaves them without Plus until an admin
 * assigns a seat.
 */
export async function setPersonalPlus(
  db: Database,
  options: { userId: string; active: boolean },
): Promise<PlusStatus> {
  return transactionWithEvents(db, async (tx) => {
    // FOR UPDATE, the one place it is needed: a join in flight holds the person's row FOR KEY
    // SHARE (its membership's foreign key), so this waits for it and then sees its seat; a
    // join that starts meanwhile waits in membership_seat_not_with_personal_plus (migration
    // 0012) and then joins without a seat.
    await tx.execute(sql`SELECT 1 FROM "user" WHERE id = ${options.userId} FOR UPDATE`);
    const { plus } = await lockUserForPlus(tx, options.userId);
    if (!options.active) {
      await tx.delete(personalPlus).where(eq(personalPlus.userId, options.userId));
      return getPlusStatus(tx, options.userId);
    }
    await tx.insert(personalPlus).values({ userId: options.userId }).onConflictDoNothing();
    if (plus.source === 'organization' && plus.organizationId) {
      await releaseOrganizationSeat(tx, plus.organizationId, options.userId);
    }
    return getPlusStatus(tx, options.userId);
  });
}

async function releaseOrganizationSeat(tx: Database, organizationId: string, userId: string) {
  await lockOrganization(tx, organizationId);
  if (!(await releaseSeat(tx, organizationId, userId))) return;
  // They chose their own Plus: the registry tells webhooks and open pages, not the person.
  await recordEvent(tx, {
    type: 'seat.released',
    version: 1,
    organizationId,
    actorId: null,
    targetId: userId,
    data: { reason: 'personal_plus_started' },
  });
}
