import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';

export type AccountEmail = { id: string; name: string; email: string; emailVerified: boolean };

const columns = { id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified };

/** The account an address belongs to, if any (addresses are stored in lower case). */
export async function findAccountByEmail(db: Database, email: string): Promise<AccountEmail | undefined> {
  const [row] = await db.select(columns).from(user).where(eq(user.email, email.toLowerCase()));
  return row;
}

export async function findAccount(db: Database, userId: string): Promise<AccountEmail | undefined> {
  const [row] = await db.select(columns).from(user).where(eq(user.id, userId));
  return row;
}

/**
 * Marks an address verified, guarded by the address: a person who opened the link sent to
 * it proved they read it, but only if it is still the account's address by then.
 */
export async function markEmailVerified(db: Database, options: { userId: string; email: string }) {
  await db
    .update(user)
    .set({ emailVerified: true, updatedAt: new Date() })
    .where(and(eq(user.id, options.userId), eq(user.email, options.email.toLowerCase())));
}
