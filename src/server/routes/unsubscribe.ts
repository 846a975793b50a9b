import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema, RosterError } from '../../contracts/errors.ts';
import type { notificationTitle } from '../../contracts/notifications.ts';
import { setPreferences } from '../../core/notifications/preferences.ts';
import { deriveUnsubscribeKey, readUnsubscribeToken } from '../../core/notifications/unsubscribe-token.ts';

const query = z.object({ token: z.string().max(300) });
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="robots" content="noindex"><title>Roster e-mail settings</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`;

/**
 * E-mail unsubscribe without signing in. Mail clients POST here (RFC 8058 one-click,
 * form-encoded); a person following the link gets a page with one button, so a link
 * scanner's GET never unsubscribes anyone.
 */
export const unsubscribeRoutes: FastifyPluginAsyncZod = async (app) => {
  const key = deriveUnsubscribeKey(app.roster.config.secret);
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, body, done) =>
    done(null, body),
  );
  const read = (token: string) => {
    const target = readUnsubscribeToken(key, token);
    if (!target) throw new RosterError('NOT_FOUND', 'This unsubscribe link is not valid.');
    return target;
  };
  const what = (type: Parameters<typeof notificationTitle>[0]) => type.replaceAll('_', ' ');

  app.get('/api/v1/unsubscribe', { schema: { hide: true, querystring: query } }, async (request, reply) => {
    const { type } = read(request.query.token);
    const action = `/api/v1/unsubscribe?token=${encodeURIComponent(request.query.token)}`;
    return (
      reply
        .type('text/html; charset=utf-8')
        // Its URL and form hold the token: kept by no cache, sent to no other site.
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .send(
          page(
            `<h1>Stop "${what(type)}" e-mails?</h1><form method="post" action="${action}"><button type="submit">Stop these e-mails</button></form><p>You will still see these in Roster's notification bell.</p>`,
          ),
        )
    );
  });

  app.post(
    '/api/v1/unsubscribe',
    {
      schema: {
        tags: ['notifications'],
        summary: 'One-click unsubscribe (RFC 8058)',
        querystring: query,
        response: {
          200: z.unknown().meta({ description: 'An HTML page saying it is done' }),
          '4xx': errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const { userId, type } = read(request.query.token);
      await setPreferences(app.roster.db, { userId, changes: { [type]: { email: false } } });
      return reply
        .type('text/html; charset=utf-8')
        .send(
          page(
            `<h1>Done</h1><p>You will get no more "${what(type)}" e-mails. Change this any time in Roster's settings.</p>`,
          ),
        );
    },
  );
};
