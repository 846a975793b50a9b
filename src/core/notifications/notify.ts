import { and, eq, inArray } from 'drizzle-orm';
import {
  type EmailPayload,
  type NotificationData,
  type NotificationType,
  notificationDefaults,
  notificationTitle,
} from '../../contracts/notifications.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import {
  notification,
  notificationOnce,
  notificationPreference,
  outbox,
} from '../../db/schema/notifications.ts';
import { publishLive } from '../live/publish-live.ts';

/**
 * Tells people about something that just happened, inside the transaction that made it
 * happen: in-app rows and queued e-mails per each person's preferences. A rolled-back
 * change therefore tells nobody. `onceKey` makes a notification reach a person once ever.
 */
export async function notify(
  tx: Database,
  event: {
    type: NotificationType;
    organizationId: string | null;
    userIds: string[];
    data: NotificationData;
    path: string;
    onceKey?: string;
  },
): Promise<void> {
  const recipients = [...new Set(event.userIds)];
  if (recipients.length === 0) return;
  const people = await tx
    .select({ id: user.id, email: user.email, name: user.name })
    .from(user)
    .where(inArray(user.id, recipients));
  const choices = await tx
    .select()
    .from(notificationPreference)
    .where(
      and(inArray(notificationPreference.userId, recipients), eq(notificationPreference.type, event.type)),
    );
  const title = notificationTitle(event.type, event.data);
  const told: string[] = [];

  for (const person of people) {
    if (event.onceKey && !(await firstTime(tx, person.id, event.onceKey))) continue;
    const choice = choices.find((c) => c.userId === person.id) ?? notificationDefaults[event.type];
    if (choice.inApp) {
      await tx.insert(notification).values({
        userId: person.id,
        organizationId: event.organizationId,
        type: event.type,
        data: event.data,
      });
      told.push(person.id);
    }
    if (choice.email) {
      const payload: EmailPayload = {
        to: person.email,
        userId: person.id,
        recipientName: person.name,
        type: event.type,
        title,
        data: event.data,
        path: event.path,
      };
      await tx.insert(outbox).values({ kind: 'email', payload });
    }
  }
  if (told.length > 0) await publishLive(tx, { kind: 'notifications', userIds: told });
}

async function firstTime(tx: Database, userId: string, key: string): Promise<boolean> {
  const inserted = await tx
    .insert(notificationOnce)
    .values({ userId, key })
    .onConflictDoNothing()
    .returning({ key: notificationOnce.key });
  return inserted.length > 0;
}
