import { eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { getPlusStatus } from './get-plus-status.ts';

/** The operator's question: does this user have Plus, and from where? */
export async function getEntitlements(db: Database, userId: string) {
  const [row] = await db.select({ id: user.id }).from(user).where(eq(user.id, userId));
  if (!row) throw new RosterError('USER_NOT_FOUND', `No user with id ${userId}.`);
  return { userId, plus: await getPlusStatus(db, userId) };
}
