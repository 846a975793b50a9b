import {
  type Notification,
  type NotificationData,
  type NotificationType,
  notificationTitle,
} from '../../contracts/notifications.ts';
import type { notification } from '../../db/schema/notifications.ts';

export function notificationView(row: typeof notification.$inferSelect): Notification {
  const type = row.type as NotificationType;
  const data = row.data as NotificationData;
  return {
    id: row.id,
    type,
    organizationId: row.organizationId,
    title: notificationTitle(type, data),
    data,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
