import { escapeHtml } from '../../contracts/escape-html.ts';

export type MailContent = {
  recipientName: string;
  title: string;
  body: string;
  /** The one thing to do, as a link. */
  action?: { label: string; url: string };
  /** Why the person gets this mail, as plain lines and as HTML (it may hold a link). */
  footer: { text: string[]; html: string };
};

/** The one look of every Roster mail, plain text and HTML: greeting, title, body, link, footer. */
export function frameMail(content: MailContent): { text: string; html: string } {
  const { recipientName, title, body, action, footer } = content;
  const text = [
    `Hi ${recipientName},`,
    '',
    title,
    ...(body ? ['', body] : []),
    ...(action ? ['', `${action.label}: ${action.url}`] : []),
    '',
    '--',
    ...footer.text,
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2328">
<p>Hi ${escapeHtml(recipientName)},</p>
<p><strong>${escapeHtml(title)}</strong></p>
${body ? `<p style="white-space:pre-line">${escapeHtml(body)}</p>` : ''}
${action ? `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>` : ''}
<hr><p style="font-size:12px;color:#59636e">${footer.html}</p>
</body></html>`;
  return { text, html };
}
