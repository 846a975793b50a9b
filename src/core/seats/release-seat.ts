import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { membership, organization } from '../../db/schema/organizations.ts';

/**
 * Takes a member's Plus seat back: the guarded UPDATE returns a row only if they held one,
 * and only then is the counter lowered, so a double release can never free two seats.
 * Callers hold the organization row lock (see lockOrganization) before calling.
 */
export async function releaseSeat(tx: Database, organizationId: string, userId: string): Promise<boolean> {
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
  if (!released) return false;
  await freeSeats(tx, organizationId, 1);
  return true;
}

/** Lowers the counter after memberships holding seats were changed or deleted. */
export async function freeSeats(tx: Database, organizationId: string, count: number): Promise<void> {
  if (count === 0) return;
  await tx
    .update(organization)
    .set({ seatsUsed: sql`${organization.seatsUsed} - ${count}` })
    .where(eq(organization.id, organizationId));
}
