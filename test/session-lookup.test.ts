import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMe } from '../src/core/plus/get-me.ts';
import { schema } from '../src/db/client.ts';
import { rows } from '../src/db/rows.ts';
import { signUp } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// Issue 13: the session lookup on a signed-in request costs at most one round trip
// (docs/decisions/0018: our own statement for the common case, better-auth for expiry and
// refresh; no cookie cache), and sign-out and revocation still take effect on the very next request.

// Every statement either driver sends, counted where it leaves for the database. Only this
// file's server runs in this process; the worker is off so nothing polls meanwhile.
let statements = 0;
const texts: string[] = [];
const counted = [pg.Client.prototype, PGlite.prototype] as unknown as {
  query: (...a: unknown[]) => unknown;
}[];
const originals = counted.map((proto) => proto.query);
counted.forEach((proto, i) => {
  proto.query = function (this: unknown, ...args: unknown[]) {
    statements += 1;
    texts.push(String((args[0] as { text?: string })?.text ?? args[0]));
    return originals[i]!.apply(this, args);
  };
});
async function count(work: () => Promise<unknown>): Promise<number> {
  const before = statements;
  await work();
  return statements - before;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
});
afterAll(async () => {
  counted.forEach((proto, i) => {
    proto.query = originals[i]!;
  });
  await server?.close();
});

describe('session lookup', () => {
  it('costs one round trip on a signed-in GET, the first one marking the member active in it', async () => {
    const org = await createOrganization(await seedUser(server));
    // A member who has not used this session yet (seeded, so no request came before).
    const person = await seedUser(server);
    await server.database.db.execute(
      sql`INSERT INTO membership (organization_id, user_id, role, seat) VALUES (${org.id}, ${person.id}, 'member', 'none')`,
    );
    const own = await count(() => getMe(server.database.db, person.id));
    expect(own).toBeGreaterThan(0); // the counter sees this driver's statements
    const get = async () => {
      const reply = await person.client.get('/api/v1/me');
      expect(reply.status).toBe(200);
    };
    // The first request also records the person's activity (once per five minutes), in
    // the lookup's own statement.
    expect((await count(get)) - own).toBe(1);
    const [marked] = await rows<{ at: string | null }>(
      server.database.db,
      sql`SELECT last_active_at AS at FROM membership WHERE user_id = ${person.id} AND organization_id = ${org.id}`,
    );
    expect(marked!.at).not.toBeNull();
    expect((await count(get)) - own).toBe(1);
  });

  it('joins an organization this process has not seen in one statement too, or reads a link reset more than eight times with the session', async () => {
    const owner = await seedUser(server);
    const org = await createOrganization(owner, { seats: 5 });
    // The seat counts' wake-up (src/server/live) follows the commit on its own clock.
    const join = async (person: { client: { post: (path: string) => Promise<{ status: number }> } }) => {
      const from = texts.length;
      expect((await person.client.post(`${org.invitePath}/join`)).status).toBe(201);
      return texts.slice(from).filter((text) => !/^\s*WITH counts AS/.test(text)).length;
    };
    // First join of an organization not cached here: the token tells its link version, so
    // the join's statement checks the session, and the link under lock, itself (decision
    // 0029). The next joiner finds the link cached: one statement again.
    expect(await join(await seedUser(server))).toBe(1);
    expect(await join(await seedUser(server))).toBe(1);
    const members = await rows<{ n: number }>(
      server.database.db,
      sql`SELECT count(*)::int AS n FROM membership WHERE organization_id = ${org.id} AND seat = 'plus'`,
    );
    expect(members[0]!.n).toBe(3);
    // Reset nine times: the token is not one of the first eight versions, so the link is read
    // with the session first (and cached), then the join's statement.
    let url = '';
    for (let reset = 0; reset < 9; reset++) {
      const regenerated = await owner.client.post<{ url: string }>(
        `/api/v1/organizations/${org.id}/invite-link/regenerate`,
      );
      expect(regenerated.status).toBe(200);
      url = regenerated.body.url;
    }
    const path = `/api/v1/invites/${org.id}/${url.split('/').at(-1)}`;
    const late = await seedUser(server);
    const from = texts.length;
    expect((await late.client.post(`${path}/join`)).status).toBe(201);
    expect(texts.slice(from).filter((text) => !/^\s*WITH counts AS/.test(text))).toHaveLength(2);
    // The link of a version before the last is refused as any bad link is.
    const stale = await seedUser(server);
    expect((await stale.client.post(`${org.invitePath}/join`)).status).toBe(404);
    // A made-up token for an organization not cached is refused as any bad link is.
    const other = await createOrganization(await seedUser(server));
    const stranger = await seedUser(server);
    const forged = `${other.invitePath.slice(0, other.invitePath.lastIndexOf('/'))}/${'A'.repeat(22)}/join`;
    const refused = await stranger.client.post<{ error: { code: string } }>(forged);
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('INVITE_INVALID');
  });

  it('reads the cookie better-auth itself set at sign-up', async () => {
    // Seeded sessions sign their cookie with our test helper; this one is better-auth's own,
    // so a change in its cookie format fails here rather than in production.
    const person = await signUp(server.url, { name: 'Real Sign-up' });
    const reply = await person.client.get<{ user: { id: string } }>('/api/v1/me');
    expect(reply.status).toBe(200);
    expect(reply.body.user.id).toBe(person.id);
  });

  it('refuses a cookie whose signature is not the server’s without asking the database', async () => {
    const person = await seedUser(server);
    const value = person.client.cookies.get('better-auth.session_token')!;
    const [token] = value.split('.');
    person.client.cookies.set('better-auth.session_token', `${token}.${'A'.repeat(43)}=`);
    expect(await count(async () => expect((await person.client.get('/api/v1/me')).status).toBe(401))).toBe(0);
  });

  it('leaves an expired session to better-auth, which deletes it', async () => {
    const person = await seedUser(server);
    await server.database.db
      .update(schema.session)
      .set({ expiresAt: new Date(Date.now() - 1_000) })
      .where(eq(schema.session.userId, person.id));
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
    const left = await server.database.db
      .select()
      .from(schema.session)
      .where(eq(schema.session.userId, person.id));
    expect(left).toEqual([]);
  });

  it('leaves a session due for its daily refresh to better-auth, which extends it', async () => {
    const person = await seedUser(server);
    // Signed in six and a half days ago: a day past better-auth's refresh age.
    const old = new Date(Date.now() + 12 * 3600 * 1000);
    await server.database.db
      .update(schema.session)
      .set({ expiresAt: old })
      .where(eq(schema.session.userId, person.id));
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    const [session] = await server.database.db
      .select()
      .from(schema.session)
      .where(eq(schema.session.userId, person.id));
    expect(session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
  });

  it('stops working at once after sign-out', async () => {
    const person = await seedUser(server);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    const cookie = person.client.cookies.get('better-auth.session_token');
    expect((await person.client.post('/api/auth/sign-out', {})).status).toBe(200);
    // The same cookie replayed (another tab, a copied cookie) is refused too.
    person.client.cookies.set('better-auth.session_token', cookie!);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
  });

  it('stops working at once when the session is revoked elsewhere', async () => {
    const person = await seedUser(server);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    // What "sign out other devices" or an operator does: the row goes.
    await server.database.db.delete(schema.session).where(eq(schema.session.userId, person.id));
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
  });

  describe('a join whose statement checks the session itself (cached link)', () => {
    async function cachedOrg() {
      const org = await createOrganization(await seedUser(server), { seats: 10 });
      // The first join reads the link with its session; it is cached from then on.
      expect((await (await seedUser(server)).client.post(`${org.invitePath}/join`)).status).toBe(201);
      return org;
    }
    const membership = async (orgId: string, userId: string) =>
      rows<{ at: string | null }>(
        server.database.db,
        sql`SELECT last_active_at AS at FROM membership WHERE organization_id = ${orgId} AND user_id = ${userId}`,
      );

    it('joins in one statement and marks the member active in it', async () => {
      const org = await cachedOrg();
      const other = await createOrganization(await seedUser(server));
      const person = await seedUser(server);
      await server.database.db.execute(
        sql`INSERT INTO membership (organization_id, user_id, role, seat) VALUES (${other.id}, ${person.id}, 'member', 'none')`,
      );
      const from = texts.length;
      const reply = await person.client.post<{ userId: string; seat: string }>(`${org.invitePath}/join`);
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ userId: person.id, seat: 'plus' });
      expect(texts.slice(from).filter((text) => !/^\s*WITH counts AS/.test(text))).toHaveLength(1);
      expect((await membership(other.id, person.id))[0]!.at).not.toBeNull();
      // Joining again says so, as before.
      const again = await person.client.post<{ error: { code: string } }>(`${org.invitePath}/join`);
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('ALREADY_MEMBER');
    });

    it('refuses a signed-out or revoked session and writes nothing', async () => {
      const org = await cachedOrg();
      const person = await seedUser(server);
      await server.database.db.delete(schema.session).where(eq(schema.session.userId, person.id));
      const reply = await person.client.post<{ error: { code: string } }>(`${org.invitePath}/join`);
      expect(reply.status).toBe(401);
      expect(reply.body.error.code).toBe('UNAUTHENTICATED');
      expect(await membership(org.id, person.id)).toEqual([]);
    });

    it('refuses an expired session, which better-auth deletes, and writes nothing', async () => {
      const org = await cachedOrg();
      const person = await seedUser(server);
      await server.database.db
        .update(schema.session)
        .set({ expiresAt: new Date(Date.now() - 1_000) })
        .where(eq(schema.session.userId, person.id));
      expect((await person.client.post(`${org.invitePath}/join`)).status).toBe(401);
      expect(await membership(org.id, person.id)).toEqual([]);
      const left = await server.database.db
        .select()
        .from(schema.session)
        .where(eq(schema.session.userId, person.id));
      expect(left).toEqual([]);
    });

    it('lets better-auth refresh a session due for it, then joins', async () => {
      const org = await cachedOrg();
      const person = await seedUser(server);
      await server.database.db
        .update(schema.session)
        .set({ expiresAt: new Date(Date.now() + 12 * 3600 * 1000) })
        .where(eq(schema.session.userId, person.id));
      expect((await person.client.post(`${org.invitePath}/join`)).status).toBe(201);
      expect(await membership(org.id, person.id)).toHaveLength(1);
      const [session] = await server.database.db
        .select()
        .from(schema.session)
        .where(eq(schema.session.userId, person.id));
      expect(session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    });
  });
});
