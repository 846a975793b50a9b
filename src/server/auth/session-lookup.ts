import { createHmac, timingSafeEqual } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { ValidInvite } from '../../core/invites/find-valid-invite.ts';
import type { Database } from '../../db/client.ts';
import { fromJsonRow, preparedRows } from '../../db/rows.ts';
import { inviteLink, organization } from '../../db/schema/organizations.ts';
import type { Viewer } from '../context.ts';
import type { Auth } from './create-auth.ts';

/**
 * What the fast path found: a viewer, nobody, or a case better-auth must settle itself.
 * Asked for an organization's invite too, it brings that organization and its link as
 * stored (null: there is none), read in the same statement.
 */
export type Lookup = { viewer: Viewer | null; invite?: ValidInvite | null } | 'ask-better-auth';

type Found = {
  id: string;
  user_id: string;
  expires_at: string | Date;
  email: string;
  name: string;
  organization?: Record<string, unknown> | null;
  link?: Record<string, unknown> | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

  /**
   * The verified token of a request's session, for a statement that checks the session
   * itself (the join, decision 0034), with the rules it must apply; null when only a lookup
   * can settle it (no valid signature, "don't remember me").
   */
  async function forStatement(cookieHeader: string): Promise<StatementSession | null> {
    const { cookie, dontRemember, secret, expiresInMs, updateAgeMs } = await settings;
    const cookies = parseCookies(cookieHeader);
    if (cookies.has(dontRemember)) return null;
    const token = verifiedToken(cookies.get(cookie), secret);
    return token ? { token, expiresInMs, updateAgeMs } : null;
  }

  /**
   * `inviteOf`: an organization whose invite link the request will check (a join). Read with
   * the session, it saves the join a round trip before its own statement on an organization
   * this process has not seen lately; an id that is not a UUID is not read.
   */
  async function lookup(
    cookieHeader: string,
    touch: (token: string) => boolean,
    inviteOf?: string,
  ): Promise<Lookup> {
    const { cookie, dontRemember, secret, expiresInMs, updateAgeMs } = await settings;
    const cookies = parseCookies(cookieHeader);
    if (cookies.has(dontRemember)) return 'ask-better-auth';
    const token = verifiedToken(cookies.get(cookie), secret);
    if (!token) return { viewer: null };
    const inviteId = inviteOf !== undefined && UUID.test(inviteOf) ? inviteOf : undefined;
    const [found] = await preparedRows<Found>(
      db,
      inviteId ? 'roster_session_invite' : 'roster_session',
      sql`WITH found AS (
            SELECT s.id, s.user_id, s.expires_at, u.email, u.name
            FROM session s JOIN "user" u ON u.id = s.user_id
            WHERE s.token = ${token}),
          touched AS (
            UPDATE membership SET last_active_at = now()
            WHERE ${touch(token)}::boolean
              AND user_id = (SELECT user_id FROM found WHERE expires_at > now())
              AND (last_active_at IS NULL OR last_active_at < now() - interval '5 minutes'))
          SELECT id, user_id, expires_at, email, name${inviteId ? inviteColumns(inviteId) : sql``}
          FROM found`,
    );
    if (!found) return { viewer: null };
    const expiresAt = new Date(found.expires_at).getTime();
    const now = Date.now();
    // The same tests as better-auth's getSession: gone at its expiry, refreshed once the
    // session is updateAge old (its expiry then lies less than expiresIn - updateAge ahead).
    if (expiresAt < now || expiresAt - expiresInMs + updateAgeMs <= now) return 'ask-better-auth';
    const viewer = { id: found.user_id, email: found.email, name: found.name, sessionId: found.id };
    if (!inviteId) return { viewer };
    const invite =
      found.organization && found.link
        ? {
            organization: fromJsonRow(organization, found.organization),
            link: fromJsonRow(inviteLink, found.link),
          }
        : null;
    return { viewer, invite };
  }

  return { lookup, forStatement };
}

/**
 * A session a statement checks itself: valid if it exists, has not expired and is not due
 * for its refresh (`expires_at - expiresIn + updateAge` still ahead), as the lookup decides.
 */
export type StatementSession = { token: string; expiresInMs: number; updateAgeMs: number };

/** The organization and its invite link, whole, as two JSON columns of the session's row. */
function inviteColumns(organizationId: string): SQL {
  return sql`,
            (SELECT row_to_json(o) FROM organization o WHERE o.id = ${organizationId}::uuid) AS organization,
            (SELECT row_to_json(l) FROM invite_link l WHERE l.organization_id = ${organizationId}::uuid) AS link`;
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
