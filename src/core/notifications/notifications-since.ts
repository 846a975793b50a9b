import { and, asc, eq, gte } from 'drizzle-orm';
import type { Notification } from '../../contracts/notifications.ts';
import type { Database } from '../../db/client.ts';
import { notification } from '../../db/schema/notifications.ts';
import { notificationView } from './notification-view.ts';

/** A live stream's catch-up: the user's notifications created at or after `since`, oldest first. */
export async function notificationsSince(db: Database, userId: string, since: Date): Promise<Notification[]> {
  const rows = await db
    .select()
    .from(notification)
    .where(and(eq(notification.userId, userId), gte(notification.createdAt, since)))
    .orderBy(asc(notification.createdAt), asc(notification.id))
    .limit(50);
  return rows.map(notificationView);
}
