import { eq } from 'drizzle-orm';
import {
  type NotificationType,
  notificationDefaults,
  notificationTypes,
} from '../../contracts/notifications.ts';
import type { Database } from '../../db/client.ts';
import { notificationPreference } from '../../db/schema/notifications.ts';

export type Preferences = Record<NotificationType, { inApp: boolean; email: boolean }>;

/** Every type with the user's choice, or the default where they made none. */
export async function getPreferences(db: Database, userId: string): Promise<Preferences> {
  const rows = await db
    .select()
    .from(notificationPreference)
    .where(eq(notificationPreference.userId, userId));
  const preferences = {} as Preferences;
  for (const type of notificationTypes) {
    const row = rows.find((r) => r.type === type);
    preferences[type] = row ? { inApp: row.inApp, email: row.email } : { ...notificationDefaults[type] };
  }
  return preferences;
}

/** Saves the types given (partly or wholly); types left out keep their current setting. */
export async function setPreferences(
  db: Database,
  options: {
    userId: string;
    changes: Partial<Record<NotificationType, { inApp?: boolean; email?: boolean }>>;
  },
): Promise<Preferences> {
  return db.transaction(async (tx) => {
    const current = await getPreferences(tx, options.userId);
    for (const type of notificationTypes) {
      const change = options.changes[type];
      if (!change) continue;
      const next = { ...current[type], ...change };
      await tx
        .insert(notificationPreference)
        .values({ userId: options.userId, type, ...next })
        .onConflictDoUpdate({
          target: [notificationPreference.userId, notificationPreference.type],
          set: next,
        });
    }
    return getPreferences(tx, options.userId);
  });
}
