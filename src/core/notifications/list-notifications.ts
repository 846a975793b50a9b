import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Notification } from '../../contracts/notifications.ts';
import type { Database } from '../../db/client.ts';
import { notification } from '../../db/schema/notifications.ts';
import { decodeCursor, encodeCursor } from '../pagination/keyset-cursor.ts';
import { notificationView } from './notification-view.ts';

/** The bell's list: the signed-in user's notifications, newest first, by keyset. */
export async function listNotifications(
  db: Database,
  options: { userId: string; limit: number; cursor?: string | undefined },
): Promise<{ notifications: Notification[]; nextCursor: string | null }> {
  const conditions: SQL[] = [eq(notification.userId, options.userId)];
  if (options.cursor) {
    const before = decodeCursor(options.cursor, { uuidIds: true });
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
      rows.length > options.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
