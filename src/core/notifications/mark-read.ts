import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { notification } from '../../db/schema/notifications.ts';
import { countUnread } from './count-unread.ts';

/** Marks some or all of the user's own notifications read; others' ids are ignored. */
export async function markRead(
  db: Database,
  options: { userId: string; ids?: string[] | undefined; all?: boolean | undefined },
): Promise<number> {
  const mine: SQL[] = [eq(notification.userId, options.userId), isNull(notification.readAt)];
  if (!options.all) mine.push(inArray(notification.id, options.ids ?? []));
  await db
    .update(notification)
    .set({ readAt: new Date() })
    .where(and(...mine));
  return countUnread(db, options.userId);
}
