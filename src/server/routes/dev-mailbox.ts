import { desc } from 'drizzle-orm';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Config } from '../../config/load-config.ts';
import { RosterError } from '../../contracts/errors.ts';
import { escapeHtml } from '../../contracts/escape-html.ts';
import { devMail } from '../../db/schema/notifications.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];

export function mailboxShown(config: Config): boolean {
  if (config.env === 'production' || config.mail.smtpUrl || config.mail.none) return false;
  return LOOPBACK_HOSTS.has(new URL(config.baseUrl).hostname);
}

/** The socket's own peer, whatever TRUST_PROXY says: a forwarded address is not evidence. */
function fromThisMachine(request: FastifyRequest): boolean {
  const peer = request.raw.socket.remoteAddress ?? '';
  const loopback = peer === '::1' || peer.startsWith('127.') || peer.startsWith('::ffff:127.');
  return loopback && FORWARDING_HEADERS.every((name) => request.headers[name] === undefined);
}

/**
 * The mail Roster would have sent (no SMTP server), newest first: everyone's names,
 * addresses and unsubscribe links. A newcomer's `npm start` shows it at localhost; a
 * deployment that merely forgot NODE_ENV must not. So it exists only while BASE_URL is a
 * loopback address (a public deployment has its own, or its links would not work), and it
 * answers only clients on this machine that came through no proxy: a reverse proxy on the
 * same host connects from loopback, but says so in a forwarding header. Decision 0012.
 */
export const devMailboxRoutes: FastifyPluginAsync = async (app) => {
  const { config, db } = app.roster;
  if (!mailboxShown(config)) return;

  app.get('/dev/mailbox', { schema: { hide: true } }, async (request, reply) => {
    if (!fromThisMachine(request)) {
      throw new RosterError('NOT_FOUND', 'Not found.');
    }
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
