import { and, eq } from 'drizzle-orm';
import type { PlusStatus } from '../../contracts/plus.ts';
import type { Database } from '../../db/client.ts';
import { membership, personalPlus } from '../../db/schema/organizations.ts';

/**
 * Where a user's Plus comes from. A personal subscription wins; otherwise the one
 * organization seat they hold (the database allows at most one).
 */
export async function getPlusStatus(db: Database, userId: string): Promise<PlusStatus> {
  const [personal] = await db
    .select({ userId: personalPlus.userId })
    .from(personalPlus)
    .where(eq(personalPlus.userId, userId));
  if (personal) return { active: true, source: 'personal', organizationId: null };
  const [seat] = await db
    .select({ organizationId: membership.organizationId })
    .from(membership)
    .where(and(eq(membership.userId, userId), eq(membership.seat, 'plus')));
  if (seat) return { active: true, source: 'organization', organizationId: seat.organizationId };
  return { active: false, source: null, organizationId: null };
}
