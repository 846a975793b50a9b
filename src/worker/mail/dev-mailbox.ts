import type { Database } from '../../db/client.ts';
import { devMail } from '../../db/schema/notifications.ts';
import type { Mailer } from '../../integrations/mail/mailer.ts';

/**
 * With no SMTP server configured, mail is kept in the database so a newcomer can read
 * what would have been sent at /dev/mailbox. Keyed by outbox row: a retry cannot duplicate.
 */
export function createDevMailbox(db: Database): Mailer {
  return {
    async send(message) {
      const outboxId = /^<([^@]+)@/.exec(message.messageId)?.[1];
      if (!outboxId) throw new Error(`unexpected message id ${message.messageId}`);
      await db
        .insert(devMail)
        .values({
          outboxId,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: message.headers,
        })
        .onConflictDoNothing();
    },
    close: () => {},
  };
}
