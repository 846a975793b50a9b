import type { Transporter } from 'nodemailer';

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
 * nodemailer (about 2 MiB resident, 40 modules) is imported with the first message, not at
 * start: a server that sends no mail never loads it (decision 0029).
 */
export function createSmtpMailer(url: string, from: string): Mailer {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  let transport: Promise<Transporter> | undefined;
  const connect = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
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
  };
  return {
    // A few at a time: enough to hide SMTP round trips, few enough not to flood a server.
    atOnce: 4,
    async send(message) {
      // A failed import is retried with the next message, like a failed delivery.
      transport ??= connect().catch((error: unknown) => {
        transport = undefined;
        throw error;
      });
      await (await transport).sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        messageId: message.messageId,
      });
    },
    close: () =>
      void transport?.then(
        (t) => t.close(),
        () => {},
      ),
  };
}
