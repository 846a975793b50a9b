import { createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { preparedRows } from '../../db/rows.ts';
import type { Viewer } from '../context.ts';
import type { Auth } from './create-auth.ts';

/** What the fast path found: a viewer, nobody, or a case better-auth must settle itself. */
export type Lookup = { viewer: Viewer | null } | 'ask-better-auth';

type Found = { id: string; user_id: string; expires_at: string | Date; email: string; name: string };

/**
 * The signed-in request's session in one statement of ours (docs/decisions/0018): the
 * cookie's signature checked the way better-auth signs it (HMAC-SHA256 with its secret,
 * under the cookie name and settings it reports), then session and user read together and,
 * when `touch` says so for this session, the member's activity marked in the same statement. Only the common
 * case is ours: a session that is expired (better-auth deletes it), due for its daily
 * refresh, or marked "don't remember me" goes to better-auth's own getSession.
 */
export function createSessionLookup(db: Database, auth: Auth) {
  const settings = auth.$context.then((context) => ({
    cookie: context.authCookies.sessionToken.name,
    dontRemember: context.authCookies.dontRememberToken.name,
    secret: context.secret,
    expiresInMs: context.sessionConfig.expiresIn * 1000,
    updateAgeMs: context.sessionConfig.updateAge * 1000,
  }));

  return async function lookup(cookieHeader: string, touch: (token: string) => boolean): Promise<Lookup> {
    const { cookie, dontRemember, secret, expiresInMs, updateAgeMs } = await settings;
    const cookies = parseCookies(cookieHeader);
    if (cookies.has(dontRemember)) return 'ask-better-auth';
    const token = verifiedToken(cookies.get(cookie), secret);
    if (!token) return { viewer: null };
    const [found] = await preparedRows<Found>(
      db,
      'roster_session',
      sql`WITH found AS (
            SELECT s.id, s.user_id, s.expires_at, u.email, u.name
            FROM session s JOIN "user" u ON u.id = s.user_id
            WHERE s.token = ${token}),
          touched AS (
            UPDATE membership SET last_active_at = now()
            WHERE ${touch(token)}::boolean
              AND user_id = (SELECT user_id FROM found WHERE expires_at > now())
              AND (last_active_at IS NULL OR last_active_at < now() - interval '5 minutes'))
          SELECT id, user_id, expires_at, email, name FROM found`,
    );
    if (!found) return { viewer: null };
    const expiresAt = new Date(found.expires_at).getTime();
    const now = Date.now();
    // The same tests as better-auth's getSession: gone at its expiry, refreshed once the
    // session is updateAge old (its expiry then lies less than expiresIn - updateAge ahead).
    if (expiresAt < now || expiresAt - expiresInMs + updateAgeMs <= now) return 'ask-better-auth';
    return { viewer: { id: found.user_id, email: found.email, name: found.name, sessionId: found.id } };
  };
}

/** The signed value of a better-auth cookie: `token.base64(HMAC-SHA256(secret, token))`. */
function verifiedToken(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith('=')) return null;
  const expected = createHmac('sha256', secret).update(token).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/** A Cookie header's pairs, first one of a name winning and values URL-decoded, as better-call reads them. */
function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    if (cookies.has(name)) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // kept as sent, as better-call does with a value it cannot decode
    }
    cookies.set(name, value);
  }
  return cookies;
}
