import type { Database } from '../../db/client.ts';
import { inFlightBatch } from '../../db/in-flight-batch.ts';
import { devMail } from '../../db/schema/notifications.ts';
import type { Mailer } from '../../integrations/mail/mailer.ts';

/**
 * With no SMTP server configured, mail is kept in the database so a newcomer can read
 * what would have been sent at /dev/mailbox. Keyed by outbox row: a retry cannot duplicate.
 */
export function createDevMailbox(db: Database): Mailer {
  // The worker hands over a whole claimed batch at once: one insert, then one marking it sent.
  const store = inFlightBatch(async (mails: Array<typeof devMail.$inferInsert>) => {
    await db.insert(devMail).values(mails).onConflictDoNothing();
    return mails.map(() => undefined);
  });
  return {
    atOnce: Number.POSITIVE_INFINITY,
    async send(message) {
      const outboxId = /^<([^@]+)@/.exec(message.messageId)?.[1];
      if (!outboxId) throw new Error(`unexpected message id ${message.messageId}`);
      await store({
        outboxId,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
      });
    },
    close: () => {},
  };
}
