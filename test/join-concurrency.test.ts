import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/db/rows.ts';
import { operator } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { expectSeatInvariant } from './support/invariants.ts';
import { seedUser, seedUsers } from './support/seed.ts';
import {
  startSecondInstance,
  startTestServer,
  TEST_API_KEY,
  type TestServer,
} from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await expectSeatInvariant(server.database.db);
  await server.close();
});

describe('joining under load', () => {
  // Correctness under load, not speed: a generous timeout keeps a busy machine from failing it.
  it('200 people joining an organization with 50 free seats at once: exactly 50 get Plus', {
    timeout: 180_000,
  }, async () => {
    const owner = await seedUser(server.url);
    // 51 seats: the owner holds one, 50 are free.
    const org = await createOrganization(owner, { seats: 51 });
    const joiners = await seedUsers(server.url, 200);

    const replies = await Promise.all(joiners.map((u) => u.client.post(`${org.invitePath}/join`)));

    const joined = replies.filter((r) => r.status === 201);
    const refused = replies.filter((r) => r.status === 409);
    expect(joined).toHaveLength(50);
    expect(joined.every((r) => r.body.seat === 'plus' && r.body.role === 'member')).toBe(true);
    expect(refused).toHaveLength(150);
    expect(refused.every((r) => r.body.error.code === 'NO_SEATS_AVAILABLE')).toBe(true);
    expect(replies.filter((r) => r.status >= 500)).toHaveLength(0);

    const detail = await owner.client.get(`/api/v1/organizations/${org.id}`);
    expect(detail.body.seats).toEqual({ total: 51, used: 51, available: 0 });
    const members = await owner.client.get(`/api/v1/organizations/${org.id}/members?limit=100`);
    expect(members.body.members).toHaveLength(51);
    const joinedIds = new Set(joined.map((r) => r.body.userId));
    const listedIds = new Set(members.body.members.map((m: { user: { id: string } }) => m.user.id));
    for (const id of joinedIds) expect(listedIds.has(id)).toBe(true);

    // Those refused were told the truth: the preview now says no seats.
    const loser = joiners.find((u) => !joinedIds.has(u.id))!;
    expect((await loser.client.get(org.invitePath)).body.viewer.state).toBe('no_seats');
  });

  it('a burst split across two Roster instances on one database never oversells', {
    timeout: 180_000,
  }, async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 31 });
    const other = await startSecondInstance(server);
    try {
      const joiners = await seedUsers(server.url, 120);
      // Half the people come through each instance (sessions live in the shared database).
      const replies = await Promise.all(
        joiners.map((u, i) => {
          const path = `${org.invitePath}/join`;
          if (i % 2 === 0) return u.client.post(path);
          return fetch(new URL(path, other.url), {
            method: 'POST',
            headers: {
              origin: other.url,
              cookie: [...u.client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
            },
          }).then(async (r) => ({ status: r.status, body: await r.json() }));
        }),
      );
      expect(replies.filter((r) => r.status === 201)).toHaveLength(30);
      expect(
        replies.filter((r) => r.status === 409 && r.body.error.code === 'NO_SEATS_AVAILABLE'),
      ).toHaveLength(90);
      expect((await owner.client.get(`/api/v1/organizations/${org.id}`)).body.seats).toEqual({
        total: 31,
        used: 31,
        available: 0,
      });
    } finally {
      await other.close();
    }
  });

  it('one person submitting join 20 times at once gets one membership and one audit event', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 5 });
    const joiner = await seedUser(server.url);

    const replies = await Promise.all(
      Array.from({ length: 20 }, () => joiner.client.post(`${org.invitePath}/join`)),
    );

    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    const others = replies.filter((r) => r.status !== 201);
    expect(others).toHaveLength(19);
    expect(others.every((r) => r.status === 409 && r.body.error.code === 'ALREADY_MEMBER')).toBe(true);

    const detail = await owner.client.get(`/api/v1/organizations/${org.id}`);
    expect(detail.body.seats.used).toBe(2);
    const events = await rows<{ n: number }>(
      server.database.db,
      sql`SELECT count(*)::int AS n FROM audit_event WHERE organization_id = ${org.id} AND action = 'member.joined'`,
    );
    expect(events[0]?.n).toBe(1);
  });

  it('one person joining two organizations at once takes a seat in only one of them', async () => {
    const ownerA = await seedUser(server.url);
    const ownerB = await seedUser(server.url);
    const orgA = await createOrganization(ownerA, { seats: 5 });
    const orgB = await createOrganization(ownerB, { seats: 5 });
    const joiner = await seedUser(server.url);

    const [a, b] = await Promise.all([
      joiner.client.post(`${orgA.invitePath}/join`),
      joiner.client.post(`${orgB.invitePath}/join`),
    ]);

    expect([a.status, b.status]).toEqual([201, 201]);
    expect([a.body.seat, b.body.seat].sort()).toEqual(['none', 'plus']);
    const me = await joiner.client.get('/api/v1/me');
    expect(me.body.plus.source).toBe('organization');
  });

  it('personal Plus granted while the person joins: they end with Plus once, no seat held, none lost', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { seats: 20 });
    const api = operator(server.url, TEST_API_KEY);
    // Ten rounds of the two at once: whichever commits first, the person joins without a
    // seat (the join saw personal Plus, or the grant gave the seat back, or the join lost
    // the race in the database and tried again) — never both.
    for (let round = 0; round < 10; round++) {
      const person = await seedUser(server.url);
      const [joined, granted] = await Promise.all([
        person.client.post(`${org.invitePath}/join`),
        api.put(`/api/v1/users/${person.id}/plus`, { active: true }),
      ]);
      expect([joined.status, granted.status], joined.text).toEqual([201, 200]);
      const [held] = await rows<{ seat: string }>(
        server.database.db,
        sql`SELECT seat FROM membership WHERE organization_id = ${org.id} AND user_id = ${person.id}`,
      );
      expect(held?.seat, `round ${round}`).toBe('none');
      expect((await person.client.get('/api/v1/me')).body.plus.source).toBe('personal');
    }
    await expectSeatInvariant(server.database.db);
    const detail = await owner.client.get(`/api/v1/organizations/${org.id}`);
    expect(detail.body.seats.used).toBe(1); // the owner's
  });
});
