import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMe } from '../src/core/plus/get-me.ts';
import { schema } from '../src/db/client.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// Issue 13: the session lookup on a signed-in request costs at most one round trip
// (docs/decisions/0010: better-auth reads session and user in one joined statement, no
// cookie cache), and sign-out and revocation still take effect on the very next request.

// Every statement either driver sends, counted where it leaves for the database. Only this
// file's server runs in this process; the worker is off so nothing polls meanwhile.
let statements = 0;
const counted = [pg.Client.prototype, PGlite.prototype] as unknown as {
  query: (...a: unknown[]) => unknown;
}[];
const originals = counted.map((proto) => proto.query);
counted.forEach((proto, i) => {
  proto.query = function (this: unknown, ...args: unknown[]) {
    statements += 1;
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
  it('costs one round trip on a signed-in GET', async () => {
    const person = await seedUser(server);
    // The first request also records the person's activity (once per five minutes).
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    const own = await count(() => getMe(server.database.db, person.id));
    expect(own).toBeGreaterThan(0); // the counter sees this driver's statements
    const whole = await count(async () => {
      const reply = await person.client.get('/api/v1/me');
      expect(reply.status).toBe(200);
    });
    expect(whole - own).toBe(1);
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
