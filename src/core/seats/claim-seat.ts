import { and, eq, lt, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';

/**
 * The guarded claim: one conditional UPDATE, never a count followed by an insert. Used by
 * joining and by an admin assigning a seat, so both obey the same limit the same way.
 * Returns the organization as the claim left it, so callers need not read it again.
 */
export async function claimSeat(
  tx: Database,
  organizationId: string,
): Promise<{ id: string; name: string; seats: number; seatsUsed: number }> {
  const [claimed] = await tx
    .update(organization)
    .set({ seatsUsed: sql`${organization.seatsUsed} + 1` })
    .where(and(eq(organization.id, organizationId), lt(organization.seatsUsed, organization.seats)))
    .returning({
      id: organization.id,
      name: organization.name,
      seats: organization.seats,
      seatsUsed: organization.seatsUsed,
    });
  if (!claimed) {
    throw new RosterError(
      'NO_SEATS_AVAILABLE',
      'No seats left — ask an admin of this organization to add seats.',
    );
  }
  return claimed;
}
