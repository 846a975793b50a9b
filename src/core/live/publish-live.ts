import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';

/** The channel every Roster instance listens on for live updates. Lower case: PGlite folds it. */
export const LIVE_CHANNEL = 'roster_live';

export type LiveMessage =
  | { kind: 'notifications'; userIds: string[] }
  | { kind: 'seats'; organizationId: string; total: number; used: number }
  /** The organization's invite link, name or image changed, or it is gone: re-read it. */
  | { kind: 'invite'; organizationId: string }
  /** These sessions ended (sign-out, revocation, the user deleted): their streams close. */
  | { kind: 'signed-out'; sessionIds: string[] };

/**
 * Tells every instance's open streams that something changed. NOTIFY is delivered only
 * after commit and dropped on rollback, so a refused change tells nobody.
 */
export async function publishLive(tx: Database, message: LiveMessage): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(message)})`);
}
