import { createHmac, timingSafeEqual } from 'node:crypto';
import { type NotificationType, notificationTypes } from '../../contracts/notifications.ts';

/** The key for unsubscribe links, derived so the raw SECRET signs one kind of thing. */
export function deriveUnsubscribeKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('roster:unsubscribe:v1').digest();
}

const sign = (key: Buffer, userId: string, type: string) =>
  createHmac('sha256', key).update(`${userId}:${type}`).digest().subarray(0, 16).toString('base64url');

/** A link token that turns off one type of e-mail for one person, without signing in. */
export function unsubscribeToken(key: Buffer, userId: string, type: NotificationType): string {
  return `${Buffer.from(userId).toString('base64url')}.${type}.${sign(key, userId, type)}`;
}

export function readUnsubscribeToken(
  key: Buffer,
  token: string,
): { userId: string; type: NotificationType } | null {
  const [encodedUser, type, signature] = token.split('.');
  if (!encodedUser || !type || !signature || !(notificationTypes as string[]).includes(type)) return null;
  const userId = Buffer.from(encodedUser, 'base64url').toString('utf8');
  const expected = Buffer.from(sign(key, userId, type));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, type: type as NotificationType };
}
