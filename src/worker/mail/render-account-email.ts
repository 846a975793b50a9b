import type { AccountEmailPayload } from '../../contracts/account-mail.ts';
import type { MailMessage } from '../../integrations/mail/mailer.ts';
import { frameMail } from './mail-frame.ts';

type Words = { title: string; body: string; action?: string };

function words(payload: AccountEmailPayload): Words {
  const to = payload.to;
  switch (payload.template) {
    case 'verify_email':
      return {
        title: 'Verify your e-mail address for Roster',
        body: `Open the link below to confirm that ${to} is yours. It works for 24 hours. Invite links limited to your company's domain admit you once it is verified. If you did not create a Roster account, ignore this e-mail.`,
        action: 'Verify my e-mail address',
      };
    case 'confirm_new_email':
      return {
        title: 'Confirm your new e-mail address for Roster',
        body: `You asked to use ${to} for your Roster account. Open the link below to confirm it; until then your old address stays. The link works for 24 hours. If it was not you, ignore this e-mail.`,
        action: 'Use this address',
      };
    case 'reset_password':
      return {
        title: 'Choose a new password for Roster',
        body: `Someone, hopefully you, asked to reset the password of the Roster account of ${to}. The link below works once, for an hour, and signs out every device. If it was not you, ignore this e-mail: your password stays as it is.`,
        action: 'Choose a new password',
      };
    case 'email_changed':
      return {
        title: 'The e-mail address of your Roster account was changed',
        body: `Your Roster account now uses ${payload.otherAddress ?? 'a new address'} instead of ${to}; mail about it goes there from now on. If you did not make this change, contact whoever runs this Roster at once.`,
      };
    case 'password_changed':
      return {
        title: 'The password of your Roster account was changed',
        body: `The password of the Roster account of ${to} was just changed. If it was not you, choose a new one at once with the link below.`,
        action: 'Choose a new password',
      };
  }
}

/**
 * One mail about the account: a link to verify an address or choose a password, or a
 * notice that one changed. Same frame as notification mail; no unsubscribe link, because
 * these come only when asked for or to warn the owner of the account.
 */
export function renderAccountEmail(
  payload: AccountEmailPayload,
  options: { outboxId: string; baseUrl: string; link: string | null },
): MailMessage {
  const w = words(payload);
  const { text, html } = frameMail({
    recipientName: payload.recipientName,
    title: w.title,
    body: w.body,
    ...(w.action && options.link && { action: { label: w.action, url: options.link } }),
    footer: {
      text: ['You get this e-mail about your own Roster account; it cannot be turned off.'],
      html: 'You get this e-mail about your own Roster account; it cannot be turned off.',
    },
  });
  return {
    messageId: `<${options.outboxId}@${new URL(options.baseUrl).hostname}>`,
    to: payload.to,
    subject: w.title,
    text,
    html,
    headers: {},
  };
}
