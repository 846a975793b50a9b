import { eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { getPlusStatus } from './get-plus-status.ts';

/**
 * Locks the user's row for the rest of the transaction and reads their Plus status, so
 * that writes deciding "does this person already have Plus?" (joins of two organizations
 * at once, an operator update) run one after the other and never hand out two seats.
 */
export async function lockUserForPlus(tx: Database, userId: string) {
  const [row] = await tx
    .select({ id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified })
    .from(user)
    .where(eq(user.id, userId))
    .for('no key update');
  if (!row) throw new RosterError('USER_NOT_FOUND', `No user with id ${userId}.`);
  return { user: row, plus: await getPlusStatus(tx, userId) };
}
