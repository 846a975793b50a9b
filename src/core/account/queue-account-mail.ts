import type { AccountEmailPayload, AccountMailTemplate } from '../../contracts/account-mail.ts';
import type { Database } from '../../db/client.ts';
import { outbox } from '../../db/schema/notifications.ts';
import { sealLink } from './sealed-link.ts';

export type AccountMail = {
  template: AccountMailTemplate;
  to: string;
  recipientName: string;
  /** The link the mail carries (built by the caller, who knows the site's URLs). */
  link?: string;
  otherAddress?: string;
};

/**
 * Queues a mail about the account (a link to verify an address or set a password, or a
 * notice that one changed) in the outbox, where the worker sends it with the same retries
 * as every other mail. Not a domain event: it concerns no organization and tells nobody
 * but the account's owner (decision 0018).
 */
export async function queueAccountMail(db: Database, key: Buffer, mail: AccountMail): Promise<void> {
  const payload: AccountEmailPayload = {
    kind: 'account',
    template: mail.template,
    to: mail.to,
    recipientName: mail.recipientName,
    sealedLink: mail.link ? sealLink(key, mail.link) : null,
    ...(mail.otherAddress && { otherAddress: mail.otherAddress }),
  };
  await db.insert(outbox).values({ kind: 'email', payload });
}
