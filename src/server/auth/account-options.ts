import type { BetterAuthOptions } from 'better-auth';
import type { Config } from '../../config/load-config.ts';
import { ownPath } from '../../contracts/account.ts';
import { queueAccountMail } from '../../core/account/queue-account-mail.ts';
import { deriveLinkKey } from '../../core/account/sealed-link.ts';
import type { Database } from '../../db/client.ts';
import { isAddressChange, readVerificationToken } from './verification-token.ts';

/** How long links in account mail work (decision 0018). */
export const RESET_LINK_SECONDS = 60 * 60;
export const VERIFICATION_LINK_SECONDS = 24 * 60 * 60;

/**
 * better-auth endpoints that Roster's own /api/v1 routes wrap with its rules (rate limits,
 * refusals counted, our error shape, a password to confirm): reachable only through those.
 * `auth.api` calls still work; only the HTTP paths answer 404.
 */
const WRAPPED_PATHS = [
  '/send-verification-email',
  '/verify-email',
  '/request-password-reset',
  '/reset-password',
  '/change-email',
  '/change-password',
  '/update-user',
  '/delete-user',
];

type EmailAndPassword = Partial<NonNullable<BetterAuthOptions['emailAndPassword']>>;

/**
 * What better-auth needs for verified addresses, password resets and address changes: its
 * mails go into Roster's outbox (the worker sends them like every other mail, decision
 * 0018), with links to Roster's own pages. Kept apart from create-auth.ts.
 */
export function accountOptions(db: Database, config: Config) {
  const key = deriveLinkKey(config.secret);
  const page = (path: string, query: Record<string, string>) =>
    `${config.baseUrl}${path}?${new URLSearchParams(query).toString()}`;

  const emailAndPassword = {
    // A reset ends every session: whoever knew the old password is signed out.
    revokeSessionsOnPasswordReset: true,
    resetPasswordTokenExpiresIn: RESET_LINK_SECONDS,
    async sendResetPassword({ user, token }) {
      await queueAccountMail(db, key, {
        template: 'reset_password',
        to: user.email,
        recipientName: user.name,
        link: page('/reset-password', { token }),
      });
    },
  } satisfies EmailAndPassword;

  const options = {
    emailVerification: {
      // Offered, not forced: every new account gets the link; signing in never needs it.
      sendOnSignUp: true,
      // The link proves the mailbox, not who opens it: it never signs anyone in.
      autoSignInAfterVerification: false,
      expiresIn: VERIFICATION_LINK_SECONDS,
      async sendVerificationEmail({ user, url, token }) {
        // better-auth's callbackURL (an invite, the account page) becomes our page's ?next=.
        const next = ownPath.safeParse(new URL(url).searchParams.get('callbackURL')).data;
        const change = isAddressChange(readVerificationToken(config.secret, token));
        await queueAccountMail(db, key, {
          template: change ? 'confirm_new_email' : 'verify_email',
          to: user.email,
          recipientName: user.name,
          link: page('/verify-email', { token, ...(next && next !== '/' && { next }) }),
        });
      },
    },
    user: { changeEmail: { enabled: true } },
    // Reset tokens are kept as hashes: a copy of the database cannot reset a password.
    verification: { storeIdentifier: 'hashed' },
    disabledPaths: WRAPPED_PATHS,
  } satisfies Partial<BetterAuthOptions>;

  return { emailAndPassword, options };
}
