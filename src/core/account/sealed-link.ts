import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** The key that seals account-mail links, derived so the raw SECRET never does two jobs. */
export function deriveLinkKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('roster:account-mail-link:v1').digest();
}

/**
 * A link that signs in or verifies (a password reset, an address check) waits in the
 * outbox until the worker sends it. Sealed with AES-256-GCM, a reader of the database
 * (a backup, the operator's outbox view) cannot use it; only a process holding SECRET can.
 */
export function sealLink(key: Buffer, link: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(link, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The link again; throws if it was sealed with another SECRET or altered. */
export function openLink(key: Buffer, sealed: string): string {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}
