import { and, desc, eq, gt } from 'drizzle-orm';
import type { AccountSession } from '../../contracts/account.ts';
import type { Database } from '../../db/client.ts';
import { session } from '../../db/schema/auth.ts';

/** The devices a person is signed in on, most recently seen first; never their tokens. */
export async function listSessions(
  db: Database,
  options: { userId: string; currentSessionId: string },
): Promise<AccountSession[]> {
  const found = await db
    .select({
      id: session.id,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      ipAddress: session.ipAddress,
      userAgent: session.userAgent,
    })
    .from(session)
    .where(and(eq(session.userId, options.userId), gt(session.expiresAt, new Date())))
    .orderBy(desc(session.updatedAt), desc(session.id))
    .limit(100);
  return found.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.updatedAt.toISOString(),
    ipAddress: s.ipAddress,
    userAgent: s.userAgent,
    current: s.id === options.currentSessionId,
  }));
}
