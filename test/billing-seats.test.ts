import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/db/rows.ts';
import { operator } from './support/client.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUsers } from './support/seed.ts';
import { createTeam, join } from './support/team.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

const billingPath = (orgId: string) => `/api/v1/organizations/${orgId}/billing`;

async function outbox(orgId: string) {
  return rows<{ type: string; data: any }>(
    server.database.db,
    sql`SELECT payload->'event'->>'type' AS type, payload->'event'->'data' AS data FROM outbox
        WHERE kind = 'webhook' AND payload->'event'->'data'->>'organizationId' = ${orgId}`,
  );
}

describe('seats with the manual billing provider', () => {
  it('the owner sees billing; raising takes effect at once, is audited, announced and sent as seats.changed', async () => {
    const hook = await operator(server.url, TEST_API_KEY).post('/api/v1/webhooks', {
      url: 'http://127.0.0.1:9/seats',
      eventTypes: ['seats.changed'],
    });
    expect(hook.status).toBe(201);
    const team = await createTeam(server.url, { seats: 3 });
    const path = billingPath(team.org.id);
    const free = {
      plan: null,
      nextPayment: null,
      cancelAtPeriodEnd: false,
      periodEndsAt: null,
      paidSeats: null,
      graceEndsAt: null,
      drift: null,
    };
    expect((await team.owner.client.get(path)).body).toEqual({
      provider: 'manual',
      status: 'active',
      seats: { total: 3, used: 3, available: 0 },
      pendingRequests: 0,
      ...free,
    });

    const preview = await team.owner.client.post(`${path}/seats/preview`, { seats: 5 });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body).toEqual({
      provider: 'manual',
      change: 'raise',
      current: { total: 3, used: 3, available: 0 },
      proposed: { total: 5, used: 3, available: 2 },
      admits: 0,
      amountDue: null,
      recurring: null,
    });
    // A preview changes nothing.
    expect((await team.owner.client.get(path)).body.seats.total).toBe(3);

    const raised = await team.owner.client.put(`${path}/seats`, { seats: 5 });
    expect(raised.status, raised.text).toBe(200);
    expect(raised.body).toEqual({
      outcome: 'applied',
      billing: {
        provider: 'manual',
        status: 'active',
        seats: { total: 5, used: 3, available: 2 },
        pendingRequests: 0,
        ...free,
      },
      admitted: 0,
    });
    const log = await team.owner.client.get(
      `/api/v1/organizations/${team.org.id}/audit-log?action=seats.changed`,
    );
    expect(log.body.events).toHaveLength(1);
    expect(log.body.events[0]).toMatchObject({
      actor: { id: team.owner.id },
      data: { seats: { from: 3, to: 5 }, provider: 'manual' },
    });
    // Notices are written after commit (docs/decisions/0009): wait for the admin's.
    const adminNotices = await waitFor(async () => {
      const reply = await team.admin.client.get('/api/v1/notifications');
      return reply.body.notifications[0]?.type === 'seats_changed' && reply;
    });
    expect(adminNotices.body.notifications[0]).toMatchObject({
      type: 'seats_changed',
      title: `Olive Owner changed the seats of ${team.org.name} from 3 to 5`,
    });
    const ownerNotices = await team.owner.client.get('/api/v1/notifications');
    expect(ownerNotices.body.notifications.map((n: any) => n.type)).not.toContain('seats_changed');
    expect(await outbox(team.org.id)).toEqual([
      {
        type: 'seats.changed',
        data: {
          organizationId: team.org.id,
          seats: 5,
          seatsUsed: 3,
          previousSeats: 3,
          provider: 'manual',
          changedBy: team.owner.id,
        },
      },
    ]);

    // Setting the same number again is a no-op: no event, no second webhook.
    expect((await team.owner.client.put(`${path}/seats`, { seats: 5 })).status).toBe(200);
    expect(await outbox(team.org.id)).toHaveLength(1);
  });

  it('lowering below the seats assigned is refused with the message, by preview and change alike, and changes nothing', async () => {
    const team = await createTeam(server.url, { seats: 6 });
    const extra = await seedUsers(server.url, 2);
    for (const person of extra) await join(person, team.org);
    const path = billingPath(team.org.id);
    for (const reply of [
      await team.owner.client.post(`${path}/seats/preview`, { seats: 3 }),
      await team.owner.client.put(`${path}/seats`, { seats: 3 }),
    ]) {
      expect(reply.status).toBe(409);
      expect(reply.body.error).toEqual({
        code: 'SEATS_BELOW_ASSIGNED',
        message: '5 seats are assigned; remove Plus from 2 members first.',
      });
    }
    const one = await team.owner.client.put(`${path}/seats`, { seats: 4 });
    expect(one.body.error.message).toBe('5 seats are assigned; remove Plus from 1 member first.');
    expect((await team.owner.client.get(path)).body.seats).toEqual({ total: 6, used: 5, available: 1 });
    const log = await team.owner.client.get(
      `/api/v1/organizations/${team.org.id}/audit-log?action=seats.changed`,
    );
    expect(log.body.events).toEqual([]);

    // Down to exactly the seats in use is fine.
    const lowered = await team.owner.client.put(`${path}/seats`, { seats: 5 });
    expect(lowered.body.billing.seats).toEqual({ total: 5, used: 5, available: 0 });
  });

  it('lowering races a join for the last free seat: one of them is refused, never both applied', async () => {
    for (let round = 0; round < 4; round++) {
      const team = await createTeam(server.url, { seats: 4 });
      const [person] = await seedUsers(server.url, 1);
      const [lower, joined] = await Promise.all([
        team.owner.client.put(`${billingPath(team.org.id)}/seats`, { seats: 3 }),
        person!.client.post(`${team.org.invitePath}/join`),
      ]);
      expect(
        [lower.status === 200, joined.status === 201].filter(Boolean),
        `${lower.text} ${joined.text}`,
      ).toHaveLength(1);
      const loser = lower.status === 200 ? joined : lower;
      expect(loser.status).toBe(409);
      expect(['SEATS_BELOW_ASSIGNED', 'NO_SEATS_AVAILABLE']).toContain(loser.body.error.code);
    }
  });

  it('only the owner may see or change billing; bad bodies are refused', async () => {
    const team = await createTeam(server.url, { seats: 4 });
    const path = billingPath(team.org.id);
    const denied = await team.admin.client.put(`${path}/seats`, { seats: 9 });
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toMatch(/Only the owner/);
    for (const body of [{}, { seats: 0 }, { seats: 2.5 }, { seats: '9' }, { seats: 9, extra: true }]) {
      const reply = await team.owner.client.put(`${path}/seats`, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
    }
  });
});
