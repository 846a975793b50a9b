import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Notification } from '../../contracts/notifications.ts';
import type { Database } from '../../db/client.ts';
import { notification } from '../../db/schema/notifications.ts';
import { notificationView } from './notification-view.ts';

/** The bell's list: the signed-in user's notifications, newest first, by keyset. */
export async function listNotifications(
  db: Database,
  options: { userId: string; limit: number; cursor?: string | undefined },
): Promise<{ notifications: Notification[]; nextCursor: string | null }> {
  const conditions: SQL[] = [eq(notification.userId, options.userId)];
  if (options.cursor) {
    const before = decodeCursor(options.cursor);
    conditions.push(sql`(${notification.createdAt}, ${notification.id}) < (${before.at}, ${before.id})`);
  }
  const rows = await db
    .select()
    .from(notification)
    .where(and(...conditions))
    .orderBy(desc(notification.createdAt), desc(notification.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    notifications: page.map(notificationView),
    nextCursor:
      rows.length > options.limit && last
        ? Buffer.from(JSON.stringify([last.createdAt.toISOString(), last.id])).toString('base64url')
        : null,
  };
}

function decodeCursor(raw: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) {
      const date = new Date(at);
      if (!Number.isNaN(date.getTime())) return { at: date, id };
    }
  } catch {
    // fall through: an undecodable cursor is the caller's mistake
  }
  throw new RosterError('INVALID_CURSOR', 'cursor is not one this server issued; start again without it.');
}
