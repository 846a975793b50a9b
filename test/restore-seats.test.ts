import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseAllSeats } from '../src/core/billing/release-all-seats.ts';
import { lockOrganization } from '../src/core/seats/lock-organization.ts';
import { rows } from '../src/db/rows.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { outboxSettled } from './support/outbox.ts';
import { seedUser } from './support/seed.ts';
import { createTeam, join } from './support/team.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// Issue 17: after a subscription comes back, Plus goes back in one step to the members
// the ended subscription took it from (its event names them: release-all-seats.ts).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());
checkSeatInvariantAfterEach(() => server?.database.db);

async function endSubscription(orgId: string) {
  const db = server.database.db;
  await db.transaction(async (tx) => {
    const org = await lockOrganization(tx, orgId);
    await releaseAllSeats(tx, org, { status: 'canceled', provider: 'stripe' });
  });
}
const setSeats = (orgId: string, seats: number) =>
  server.database.db.execute(sql`UPDATE organization SET seats = ${seats} WHERE id = ${orgId}`);

describe('giving seats back after a subscription ends', () => {
  it('restores Plus to those who had it, still members and without Plus elsewhere, in one event', async () => {
    const team = await createTeam(server.url, { seats: 6 });
    const [ann, ben, cy] = await Promise.all(
      ['Ann Lee', 'Ben Ode', 'Cy Park'].map((name) => seedUser(server.url, { name })),
    );
    for (const person of [ann!, ben!, cy!]) await join(person, team.org);
    await endSubscription(team.org.id);
    // Ben leaves; Cy gets Plus elsewhere meanwhile. Neither gets a seat back here.
    await ben!.client.post(`/api/v1/organizations/${team.org.id}/leave`);
    const other = await createTeam(server.url, { seats: 4 });
    await join(cy!, other.org);
    await setSeats(team.org.id, 4);

    const path = `/api/v1/organizations/${team.org.id}/seats`;
    const offer = await team.admin.client.get(`${path}/restorable`);
    expect(offer.status, offer.text).toBe(200);
    expect(offer.body).toEqual({
      members: ['Adam Admin', 'Ann Lee', 'Mia Member', 'Olive Owner'].map((name) => ({
        id: expect.any(String),
        name,
      })),
      seatsAvailable: 4,
    });
    expect((await team.member.client.get(`${path}/restorable`)).status).toBe(403);

    await setSeats(team.org.id, 3);
    const short = await team.admin.client.post(`${path}/restore`);
    expect(short.status).toBe(409);
    expect(short.body.error).toEqual({
      code: 'NO_SEATS_AVAILABLE',
      message:
        '4 members had a Plus seat before the subscription ended, and only 3 seats are free. Add 1 more, then give them back.',
    });

    await setSeats(team.org.id, 5);
    const restored = await team.admin.client.post(`${path}/restore`);
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body).toEqual({ restored: 4, seatsAvailable: 1 });
    const list = await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members?seat=plus`);
    expect(list.body.members.map((m: any) => m.user.name).sort()).toEqual([
      'Adam Admin',
      'Ann Lee',
      'Mia Member',
      'Olive Owner',
    ]);
    const events = await rows<{ action: string; data: any }>(
      server.database.db,
      sql`SELECT action, data FROM audit_event WHERE organization_id = ${team.org.id} AND action = 'seats.restored'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ seatsTotal: 5, seatsUsed: 4 });
    const log = await team.owner.client.get(
      `/api/v1/organizations/${team.org.id}/audit-log?action=seats.restored`,
    );
    expect(log.body.events[0].sentence).toBe(
      'Adam Admin gave Plus seats back to 4 members who had them before the subscription ended',
    );
    // Each is told, as one assignment at a time would tell them (but not the admin who did it).
    await outboxSettled(server, ['email']);
    const notices = await rows<{ user_id: string }>(
      server.database.db,
      sql`SELECT user_id FROM notification WHERE type = 'seat_assigned' AND organization_id = ${team.org.id}
          AND user_id = ${ann!.id}`,
    );
    expect(notices.length).toBeGreaterThanOrEqual(1);

    const again = await team.admin.client.post(`${path}/restore`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('NOTHING_TO_RESTORE');
  });
});
