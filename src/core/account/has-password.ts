import { and, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { account } from '../../db/schema/auth.ts';

/** Whether the person can sign in with a password (not only through an identity provider). */
export async function hasPassword(db: Database, userId: string): Promise<boolean> {
  const [found] = await db
    .select({ id: account.id })
    .from(account)
    .where(
      and(eq(account.userId, userId), eq(account.providerId, 'credential'), isNotNull(account.password)),
    );
  return found !== undefined;
}
