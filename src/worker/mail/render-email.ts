import { escapeHtml } from '../../contracts/escape-html.ts';
import type { EmailPayload } from '../../contracts/notifications.ts';
import type { MailMessage } from '../../integrations/mail/mailer.ts';
import { frameMail } from './mail-frame.ts';

function detail(payload: EmailPayload, plusBenefits: string[]): string {
  const d = payload.data;
  switch (payload.type) {
    case 'welcome': {
      const joined =
        d.seat === 'plus'
          ? `You joined ${d.organizationName} and your Plus benefits are active now.`
          : `You joined ${d.organizationName}. You already have Plus of your own, so you keep it and no seat was used.`;
      const benefits =
        d.seat === 'plus' && plusBenefits.length > 0
          ? `\n\nWith Plus you get:\n${plusBenefits.map((b) => `- ${b}`).join('\n')}`
          : '';
      const welcome = d.welcomeMessage ? `\n\nA word from ${d.organizationName}:\n${d.welcomeMessage}` : '';
      return `${joined}${welcome}${benefits}`;
    }
    case 'member_joined':
      return `${d.subjectName} joined through the invite link${d.seat === 'plus' ? ' and took a Plus seat' : ' (they bring their own Plus)'}. ${d.seatsAvailable} of ${d.seatsTotal} seats are left.`;
    case 'last_seat_taken':
      return `All ${d.seatsTotal} seats of ${d.organizationName} are taken. People who open the invite link now cannot get Plus until you add seats.`;
    case 'payment_failed':
      return `Stripe could not collect the last payment for ${d.organizationName}. Members keep Plus until ${d.until?.slice(0, 10) ?? 'the grace period ends'}; open the billing page to update the payment method.`;
    case 'people_turned_away':
      return `Since the last count, ${d.people === 1 ? '1 person' : `${d.people} people`} opened the invite link of ${d.organizationName} and could not join because every seat was taken. Add seats and they can join with the same link.`;
    case 'subscription_ended':
      return `Members of ${d.organizationName} stay members, but nobody holds a Plus seat through it any more. The owner can subscribe again from the billing page.`;
    default:
      return '';
  }
}

/** One notification e-mail, plain text and HTML, with a one-click unsubscribe (RFC 8058). */
export function renderEmail(
  payload: EmailPayload,
  options: { outboxId: string; baseUrl: string; unsubscribeUrl: string; plusBenefits?: string[] },
): MailMessage {
  const organization = payload.data.organizationName;
  const { text, html } = frameMail({
    recipientName: payload.recipientName,
    title: payload.title,
    body: detail(payload, options.plusBenefits ?? []),
    action: {
      label: payload.type === 'people_turned_away' ? 'Add seats' : `Open ${organization}`,
      url: `${options.baseUrl}${payload.path}`,
    },
    footer: {
      text: [
        `You get this e-mail because you belong to ${organization} on Roster.`,
        `Stop e-mails like this one: ${options.unsubscribeUrl}`,
      ],
      html: `You get this e-mail because you belong to ${escapeHtml(organization)} on Roster.
<a href="${escapeHtml(options.unsubscribeUrl)}">Stop e-mails like this one</a>.`,
    },
  });
  const host = new URL(options.baseUrl).hostname;
  return {
    messageId: `<${options.outboxId}@${host}>`,
    to: payload.to,
    subject: payload.title,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${options.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
