import { desc } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import { escapeHtml } from '../../contracts/escape-html.ts';
import { devMail } from '../../db/schema/notifications.ts';

/** Development only, with no SMTP server: the mail Roster would have sent, newest first. */
export const devMailboxRoutes: FastifyPluginAsync = async (app) => {
  const { config, db } = app.roster;
  if (config.env === 'production' || config.mail.smtpUrl) return;

  app.get('/dev/mailbox', { schema: { hide: true } }, async (_request, reply) => {
    const mails = await db.select().from(devMail).orderBy(desc(devMail.createdAt)).limit(100);
    const items = mails
      .map(
        (
          m,
        ) => `<article><h2>${escapeHtml(m.subject)}</h2><p>To <b>${escapeHtml(m.to)}</b> · ${m.createdAt.toISOString()}</p>
<iframe sandbox title="${escapeHtml(m.subject)}" srcdoc="${escapeHtml(m.html)}"></iframe></article>`,
      )
      .join('\n');
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Dev mailbox — Roster</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}
article{border-bottom:1px solid #d0d7de;padding:1rem 0}h2{font-size:1.1rem;margin:0}
iframe{width:100%;height:16rem;border:1px solid #d0d7de;border-radius:6px}</style></head>
<body><h1>Dev mailbox</h1><p>No SMTP_URL is set, so Roster keeps e-mail here instead of sending it (${mails.length} shown).</p>
${items || '<p>No mail yet. Join an organization through its invite link to see one.</p>'}</body></html>`);
  });
};
