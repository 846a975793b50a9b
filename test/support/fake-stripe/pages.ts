import type { SessionRecord } from './account.ts';
import { formatMoney } from './invoices.ts';
import type { FakePortalSession } from './objects.ts';

// The hosted pages a browser test clicks through. Just enough HTML for a person or Playwright.

export function checkoutPage(record: SessionRecord, productName: string): string {
  const { session } = record;
  const total = formatMoney(session.amount_total ?? 0, session.currency ?? 'usd');
  if (session.status !== 'open') {
    const next =
      session.status === 'complete' && session.success_url
        ? successUrl(session.success_url, session.id)
        : null;
    return page(
      'Stripe Checkout (test)',
      `<p>${session.status === 'complete' ? 'This Checkout Session is already paid.' : 'This Checkout Session has expired.'}</p>
${next ? `<p><a href="${escapeHtml(next)}">Continue</a></p>` : ''}`,
    );
  }
  return page(
    'Stripe Checkout (test)',
    `<p>Subscribe to ${escapeHtml(productName)}</p>
<dl><dt>Quantity</dt><dd id="quantity">${record.quantity}</dd><dt>Total</dt><dd id="total">${escapeHtml(total)}</dd></dl>
${session.customer_email ? `<p>${escapeHtml(session.customer_email)}</p>` : ''}
<form method="post" action="/pay/${escapeHtml(session.id)}"><button type="submit">Pay</button></form>
${session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel</a></p>` : ''}`,
  );
}

export function portalPage(portal: FakePortalSession): string {
  return page(
    'Billing portal (test)',
    `<p>Customer ${escapeHtml(portal.customer)}</p>
${portal.return_url ? `<p><a href="${escapeHtml(portal.return_url)}">Return to Roster</a></p>` : ''}`,
  );
}

export function messagePage(title: string, message: string): string {
  return page(title, `<p>${escapeHtml(message)}</p>`);
}

/** Stripe fills the `{CHECKOUT_SESSION_ID}` template in success_url when it redirects. */
export function successUrl(template: string, sessionId: string): string {
  return template.replaceAll('{CHECKOUT_SESSION_ID}', sessionId);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
