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

  it('reads a join’s invite link with its session when this process has not seen the link', async () => {
    const org = await createOrganization(await seedUser(server), { seats: 5 });
    // The seat counts' wake-up (src/server/live) follows the commit on its own clock.
    const join = async (person: { client: { post: (path: string) => Promise<{ status: number }> } }) => {
      const from = texts.length;
      expect((await person.client.post(`${org.invitePath}/join`)).status).toBe(201);
      return texts.slice(from).filter((text) => !/^\s*WITH counts AS/.test(text)).length;
    };
    // First join of an organization not cached here: the session and the link in one
    // statement, then the join's own statement; the next joiner finds the link cached.
    expect(await join(await seedUser(server))).toBe(2);
    expect(await join(await seedUser(server))).toBe(2);
    const members = await rows<{ n: number }>(
      server.database.db,
      sql`SELECT count(*)::int AS n FROM membership WHERE organization_id = ${org.id} AND seat = 'plus'`,
    );
    expect(members[0]!.n).toBe(3);
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
});
