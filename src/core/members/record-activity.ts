import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';

export const ACTIVITY_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Marks the user active in every organization they belong to. Guarded so that however
 * many instances call it, a membership is written at most once per interval.
 */
export async function recordActivity(db: Database, userId: string): Promise<void> {
  await db.execute(sql`
    UPDATE membership SET last_active_at = now()
    WHERE user_id = ${userId}
      AND (last_active_at IS NULL OR last_active_at < now() - interval '5 minutes')`);
}

/**
 * Per-process throttle in front of recordActivity: a busy user costs one UPDATE per
 * interval, not one per request. The map is kept in write order (delete, then set), so
 * expired entries are dropped from its front as it grows: no scan of the whole map, which
 * a join burst of thousands of new people paid on every request. Forgetting an entry early
 * only costs one more UPDATE, which the SQL guard makes harmless.
 */
export class ActivityThrottle {
  private readonly lastWrite = new Map<string, number>();

  constructor(
    private readonly intervalMs = ACTIVITY_INTERVAL_MS,
    private readonly maxEntries = 10_000,
  ) {}

  /** True if this user's activity should be written now (and remembers that it was). */
  take(userId: string, now = Date.now()): boolean {
    const last = this.lastWrite.get(userId);
    if (last !== undefined && now - last < this.intervalMs) return false;
    this.lastWrite.delete(userId);
    this.lastWrite.set(userId, now);
    for (const [id, at] of this.lastWrite) {
      if (this.lastWrite.size <= this.maxEntries && now - at < this.intervalMs) break;
      this.lastWrite.delete(id);
    }
    return true;
  }
}
