import nodemailer from 'nodemailer';

export type MailMessage = {
  /** Stable across retries, so a receiver can recognise a duplicate. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
};

/** Anything that can take a message: an SMTP server, or the development mailbox. */
export type Mailer = {
  send(message: MailMessage): Promise<void>;
  /** How many messages it takes at once; the outbox sends that many, then marks them sent. */
  atOnce: number;
  close(): void;
};

/**
 * SMTP through nodemailer. Timeouts stay well under the outbox lease, so a hung server
 * fails the attempt (and it is retried) rather than outliving the worker's claim.
 */
export function createSmtpMailer(url: string, from: string): Mailer {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  const transport = nodemailer.createTransport({
    host: parsed.hostname,
    port: Number(parsed.port) || (secure ? 465 : 587),
    secure,
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    // A few at a time: enough to hide SMTP round trips, few enough not to flood a server.
    atOnce: 4,
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        messageId: message.messageId,
      });
    },
    close: () => transport.close(),
  };
}
