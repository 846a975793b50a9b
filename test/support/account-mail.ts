import { createHmac } from 'node:crypto';
import type { ReceivedMail } from './smtp.ts';
import { waitFor } from './wait.ts';

/** The link to one of Roster's pages that a mail carries (in its text part). */
export function linkIn(
  mail: ReceivedMail,
  path: '/verify-email' | '/reset-password' | '/forgot-password',
): URL {
  const found = mail.text.match(new RegExp(`https?://\\S+${path}\\S*`));
  if (!found) throw new Error(`no ${path} link in "${mail.subject}":\n${mail.text}`);
  return new URL(found[0]);
}

/** The token of a mailed link (`?token=`). */
export const tokenIn = (mail: ReceivedMail, path: '/verify-email' | '/reset-password') =>
  linkIn(mail, path).searchParams.get('token') ?? '';

/** Waits for the newest mail to `address` whose subject matches, received after `after` mails. */
export function mailTo(
  received: ReceivedMail[],
  address: string,
  subject: RegExp,
  after = 0,
): Promise<ReceivedMail> {
  return waitFor(
    () =>
      received
        .slice(after)
        .filter((m) => m.to.includes(address.toLowerCase()) && subject.test(m.subject))
        .at(-1),
    { what: `mail "${subject}" to ${address}` },
  );
}

/**
 * A verification token as better-auth signs one (an HS256 JWT over SECRET): what a test
 * needs for a link that is authentic but expired. `secret: 'other'` makes a forged one.
 */
export function signVerificationToken(secret: string, claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'HS256' })}.${part({ iat: Math.floor(Date.now() / 1000) - 7200, ...claims })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}
