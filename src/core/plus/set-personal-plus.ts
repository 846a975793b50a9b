import { and, eq, sql } from 'drizzle-orm';
import type { PlusStatus } from '../../contracts/plus.ts';
import type { Database } from '../../db/client.ts';
import { membership, organization, personalPlus } from '../../db/schema/organizations.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
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
  return db.transaction(async (tx) => {
    const { plus } = await lockUserForPlus(tx, options.userId);
    if (!options.active) {
      await tx.delete(personalPlus).where(eq(personalPlus.userId, options.userId));
      return getPlusStatus(tx, options.userId);
    }
    await tx.insert(personalPlus).values({ userId: options.userId }).onConflictDoNothing();
    if (plus.source === 'organization' && plus.organizationId) {
      await releaseSeat(tx, plus.organizationId, options.userId);
    }
    return getPlusStatus(tx, options.userId);
  });
}

async function releaseSeat(tx: Database, organizationId: string, userId: string) {
  const [released] = await tx
    .update(membership)
    .set({ seat: 'none' })
    .where(
      and(
        eq(membership.organizationId, organizationId),
        eq(membership.userId, userId),
        eq(membership.seat, 'plus'),
      ),
    )
    .returning({ userId: membership.userId });
  if (!released) return;
  await tx
    .update(organization)
    .set({ seatsUsed: sql`${organization.seatsUsed} - 1` })
    .where(eq(organization.id, organizationId));
  await recordAuditEvent(tx, {
    organizationId,
    actorId: null,
    action: 'seat.released',
    targetId: userId,
    data: { reason: 'personal_plus_started' },
  });
}
