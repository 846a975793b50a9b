import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/db/rows.ts';
import { operator } from './support/client.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUser } from './support/seed.ts';
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

const roleOf = async (team: Awaited<ReturnType<typeof createTeam>>, userId: string) => {
  const list = await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members?limit=100`);
  return list.body.members.find((m: { user: { id: string } }) => m.user.id === userId)?.role ?? null;
};

const lastEvent = async (orgId: string) =>
  (
    await rows<{ action: string; actor_id: string | null; target_id: string | null; data: any }>(
      server.database.db,
      sql`SELECT action, actor_id, target_id, data FROM audit_event WHERE organization_id = ${orgId}
          ORDER BY at DESC, id DESC LIMIT 1`,
    )
  )[0];

describe('roles', () => {
  it('the owner and admins promote members; only the owner demotes an admin', async () => {
    const team = await createTeam(server.url);
    const other = await seedUser(server.url);
    await join(other, team.org);

    const byAdmin = await team.admin.client.patch(team.memberPath(other), { role: 'admin' });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({ user: { id: other.id }, role: 'admin' });
    expect(await lastEvent(team.org.id)).toMatchObject({
      action: 'member.role_changed',
      actor_id: team.admin.id,
      target_id: other.id,
      data: { from: 'member', to: 'admin' },
    });

    const demoteByAdmin = await team.admin.client.patch(team.memberPath(other), { role: 'member' });
    expect(demoteByAdmin.status).toBe(403);
    expect(demoteByAdmin.body.error.message).toMatch(/only the owner/i);

    const demoteByOwner = await team.owner.client.patch(team.memberPath(other), { role: 'member' });
    expect(demoteByOwner.status).toBe(200);
    expect(await roleOf(team, other.id)).toBe('member');

    const byMember = await team.member.client.patch(team.memberPath(other), { role: 'admin' });
    expect(byMember.status).toBe(403);
    expect(byMember.body.error.code).toBe('FORBIDDEN');
  });

  it('nobody changes their own role, and the owner role moves only by transfer', async () => {
    const team = await createTeam(server.url);
    const self = await team.admin.client.patch(team.memberPath(team.admin), { role: 'member' });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toMatch(/your own role/);
    const ownerSelf = await team.owner.client.patch(team.memberPath(team.owner), { role: 'admin' });
    expect(ownerSelf.status).toBe(403);
    expect(ownerSelf.body.error.message).toMatch(/transfer ownership/);
    const demoteOwner = await team.admin.client.patch(team.memberPath(team.owner), { role: 'member' });
    expect(demoteOwner.status).toBe(403);
    const makeOwner = await team.owner.client.patch(team.memberPath(team.member), { role: 'owner' });
    expect(makeOwner.status).toBe(400);
    expect(makeOwner.body.error.message).toMatch(/transfer ownership/);
    expect(await roleOf(team, team.owner.id)).toBe('owner');
  });

  it('a target who is not a member is 404 MEMBER_NOT_FOUND; an outsider actor gets ORGANIZATION_NOT_FOUND', async () => {
    const team = await createTeam(server.url);
    const stranger = await seedUser(server.url);
    const missing = await team.owner.client.patch(team.memberPath(stranger), { role: 'admin' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('MEMBER_NOT_FOUND');
    const outsider = await stranger.client.patch(team.memberPath(team.member), { role: 'admin' });
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.code).toBe('ORGANIZATION_NOT_FOUND');
  });
});

describe('ownership transfer', () => {
  it('hands the owner role over; the old owner becomes an admin; one audit event', async () => {
    const hook = await operator(server.url, TEST_API_KEY).post('/api/v1/webhooks', {
      url: 'http://127.0.0.1:9/roles',
      eventTypes: ['member.role_changed'],
    });
    expect(hook.status).toBe(201);
    const team = await createTeam(server.url);
    const path = `/api/v1/organizations/${team.org.id}/transfer-ownership`;
    const roleChanges = () =>
      rows<{ data: { userId: string; role: string } }>(
        server.database.db,
        sql`SELECT payload->'event'->'data' AS data FROM outbox
            WHERE kind = 'webhook' AND payload->'event'->>'type' = 'member.role_changed'
              AND payload->'event'->'data'->>'organizationId' = ${team.org.id}`,
      );
    // createTeam made its admin an admin: wait for that one before the transfer.
    await waitFor(async () => (await roleChanges()).length === 1, { what: "the admin's role change" });
    const reply = await team.owner.client.post(path, { userId: team.member.id });
    expect(reply.status).toBe(200);
    expect(reply.body.viewer.role).toBe('admin');
    expect(await roleOf(team, team.member.id)).toBe('owner');
    expect(await roleOf(team, team.owner.id)).toBe('admin');
    expect(await lastEvent(team.org.id)).toMatchObject({
      action: 'ownership.transferred',
      actor_id: team.owner.id,
      target_id: team.member.id,
    });
    // Operators hear of both changes: the new owner's and the old owner's.
    const changes = await waitFor(async () => {
      const all = await roleChanges();
      return all.length === 3 && all;
    });
    expect(changes.map((c) => c.data)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: team.member.id, role: 'owner' }),
        expect.objectContaining({ userId: team.owner.id, role: 'admin' }),
      ]),
    );
    // The old owner is an admin now and can do no owner-only thing.
    const again = await team.owner.client.post(path, { userId: team.owner.id });
    expect(again.status).toBe(403);
    await operator(server.url, TEST_API_KEY).delete(`/api/v1/webhooks/${hook.body.id}`);
  });

  it('is refused to admins, to self, and to someone who is not a member', async () => {
    const team = await createTeam(server.url);
    const path = `/api/v1/organizations/${team.org.id}/transfer-ownership`;
    expect((await team.admin.client.post(path, { userId: team.admin.id })).status).toBe(403);
    expect((await team.owner.client.post(path, { userId: team.owner.id })).status).toBe(400);
    const stranger = await seedUser(server.url);
    const notMember = await team.owner.client.post(path, { userId: stranger.id });
    expect(notMember.status).toBe(404);
    expect(notMember.body.error.code).toBe('MEMBER_NOT_FOUND');
  });

  it('the database itself refuses an organization without an owner', async () => {
    const team = await createTeam(server.url);
    const attempt = server.database.db.execute(
      sql`UPDATE membership SET role = 'admin' WHERE organization_id = ${team.org.id} AND role = 'owner'`,
    );
    await expect(attempt).rejects.toThrow();
    const twoOwners = server.database.db.execute(
      sql`UPDATE membership SET role = 'owner' WHERE organization_id = ${team.org.id}`,
    );
    await expect(twoOwners).rejects.toThrow();
    expect(await roleOf(team, team.owner.id)).toBe('owner');
  });
});

describe('removing and leaving', () => {
  it('admins remove members, only the owner removes admins, nobody removes the owner', async () => {
    const team = await createTeam(server.url, { seats: 5 });
    const extra = await seedUser(server.url);
    await join(extra, team.org);

    expect((await team.member.client.delete(team.memberPath(extra))).status).toBe(403);
    const byAdmin = await team.admin.client.delete(team.memberPath(extra));
    expect(byAdmin.status).toBe(204);
    expect(await lastEvent(team.org.id)).toMatchObject({
      action: 'member.removed',
      actor_id: team.admin.id,
      target_id: extra.id,
      data: { role: 'member', seat: 'plus' },
    });
    const detail = await team.owner.client.get(`/api/v1/organizations/${team.org.id}`);
    expect(detail.body.seats.used).toBe(3);
    // The removed person no longer sees the organization.
    expect((await extra.client.get(`/api/v1/organizations/${team.org.id}`)).status).toBe(404);

    const adminRemovesOwner = await team.admin.client.delete(team.memberPath(team.owner));
    expect(adminRemovesOwner.status).toBe(403);
    const ownerRemovesSelf = await team.owner.client.delete(team.memberPath(team.owner));
    expect(ownerRemovesSelf.status).toBe(403);
    const otherAdmin = await seedUser(server.url);
    await join(otherAdmin, team.org);
    await team.owner.client.patch(team.memberPath(otherAdmin), { role: 'admin' });
    expect((await team.admin.client.delete(team.memberPath(otherAdmin))).status).toBe(403);
    expect((await team.owner.client.delete(team.memberPath(otherAdmin))).status).toBe(204);
    expect((await team.owner.client.delete(team.memberPath(otherAdmin))).body.error.code).toBe(
      'MEMBER_NOT_FOUND',
    );
  });

  it('members and admins leave and free their seat; the owner must transfer first', async () => {
    const team = await createTeam(server.url, { seats: 5 });
    const leave = `/api/v1/organizations/${team.org.id}/leave`;
    const ownerLeaves = await team.owner.client.post(leave);
    expect(ownerLeaves.status).toBe(409);
    expect(ownerLeaves.body.error.code).toBe('OWNER_CANNOT_LEAVE');

    expect((await team.member.client.post(leave)).status).toBe(204);
    expect(await lastEvent(team.org.id)).toMatchObject({
      action: 'member.left',
      actor_id: team.member.id,
      target_id: team.member.id,
      data: { seat: 'plus' },
    });
    expect((await team.admin.client.post(leave)).status).toBe(204);
    const detail = await team.owner.client.get(`/api/v1/organizations/${team.org.id}`);
    expect(detail.body.seats).toEqual({ total: 5, used: 1, available: 4 });
    // Leaving twice: no longer a member.
    expect((await team.member.client.post(leave)).status).toBe(404);
    // The freed seat is theirs again elsewhere: Plus is gone.
    expect((await team.member.client.get('/api/v1/me')).body.plus.active).toBe(false);
  });
});
