import { escapeHtml } from '../../contracts/escape-html.ts';
import type { InvitationEmailPayload } from '../../contracts/invitations.ts';
import type { MailMessage } from '../../integrations/mail/mailer.ts';
import { frameMail } from './mail-frame.ts';

/**
 * One invitation to an organization, to an address that may have no Roster account yet.
 * The link is the organization's invite link at the version the invitation was sent for,
 * with `?i=<invitation id>` so that opening it marks the invitation opened (decision 0030).
 * No unsubscribe link: the address belongs to nobody here; each mail was sent by a person.
 */
export function renderInvitationEmail(
  payload: InvitationEmailPayload,
  options: { outboxId: string; baseUrl: string; token: string; plusBenefits?: string[] },
): MailMessage {
  const org = payload.organizationName;
  const inviter = payload.inviterName || 'An admin';
  const title = `${inviter} invites you to join ${org} on Roster`;
  const benefits = options.plusBenefits ?? [];
  const body = [
    `Open the link below to join ${org}. Members get Plus with a seat of the organization while seats last; if you already have Plus, you keep yours.`,
    ...(payload.description ? [`About ${org}:\n${payload.description}`] : []),
    ...(benefits.length > 0 ? [`With Plus you get:\n${benefits.map((b) => `- ${b}`).join('\n')}`] : []),
  ].join('\n\n');
  const url = `${options.baseUrl}/join/${payload.organizationId}/${options.token}?i=${payload.invitationId}`;
  const { text, html } = frameMail({
    recipientName: payload.to,
    title,
    body,
    action: { label: `Join ${org}`, url },
    footer: {
      text: [
        `${inviter} sent this invitation to ${payload.to}. If you do not want to join, ignore this e-mail.`,
      ],
      html: `${escapeHtml(inviter)} sent this invitation to ${escapeHtml(payload.to)}. If you do not want to join, ignore this e-mail.`,
    },
  });
  return {
    messageId: `<${options.outboxId}@${new URL(options.baseUrl).hostname}>`,
    to: payload.to,
    subject: title,
    text,
    html,
    headers: {},
  };
}
