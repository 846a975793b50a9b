import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUser } from './support/seed.ts';
import { startSmtpServer } from './support/smtp.ts';
import { createTeam, join } from './support/team.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

// Approval mode (issue 16): opening the link asks to join, and an owner or admin lets each
// person in with the same guarded claim as a join, through the seat-request flow.

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

describe('a link that requires approval', () => {
  it('asks to join instead of joining, tells the managers, and the approval claims the seat', async () => {
    const team = await createTeam(server.url, { seats: 5 });
    const settings = `/api/v1/organizations/${team.org.id}/invite-link`;
    const on = await team.admin.client.patch(settings, { requiresApproval: true });
    expect(on.status).toBe(200);
    expect(on.body.requiresApproval).toBe(true);

    const asker = await seedUser(server.url, { name: 'Asha Asker' });
    const preview = await asker.client.get(team.org.invitePath);
    expect(preview.body).toMatchObject({ requiresApproval: true, viewer: { state: 'approval_required' } });
    const refused = await asker.client.post(`${team.org.invitePath}/join`);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'APPROVAL_REQUIRED' });
    expect(refused.body.error.message).toContain('ask to join');

    // Seats are free and still a request is what the link allows.
    const asked = await asker.client.post(`${team.org.invitePath}/seat-request`);
    expect(asked.status, asked.text).toBe(201);
    expect((await asker.client.get(team.org.invitePath)).body.viewer.state).toBe('request_pending');
    await waitFor(
      async () =>
        (await team.owner.client.get('/api/v1/notifications')).body.notifications.some(
          (n: any) => n.title === `Asha Asker asks to join ${team.org.name}`,
        ),
      { what: "the owner's notice of the request to join" },
    );
    // And by mail (a real SMTP capture), to the owner and the admin alike, linking to the members page.
    for (const manager of [team.owner, team.admin]) {
      const mail = await waitFor(
        () =>
          smtp.received.find(
            (m) => m.to.includes(manager.email) && m.subject === `Asha Asker asks to join ${team.org.name}`,
          ),
        { what: `the mail to ${manager.email}` },
      );
      expect(mail.text).toContain(`/organizations/${team.org.id}/members`);
    }

    const requests = `/api/v1/organizations/${team.org.id}/seat-requests`;
    const [request] = (await team.admin.client.get(requests)).body.requests;
    const admitted = await team.admin.client.post(`${requests}/${request.id}/admit`);
    expect(admitted.status, admitted.text).toBe(200);
    // Twice at once does nothing the second time.
    expect((await team.owner.client.post(`${requests}/${request.id}/admit`)).status).toBeGreaterThanOrEqual(
      400,
    );
    const list = async () =>
      (await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members`)).body.members;
    expect((await list()).find((m: any) => m.user.id === asker.id)).toMatchObject({
      role: 'member',
      seat: 'plus',
    });

    // Someone with Plus of their own asks too, and joins without a seat when approved.
    const withPlus = await seedUser(server.url);
    await join(withPlus, (await createTeam(server.url, { seats: 5 })).org);
    expect((await withPlus.client.post(`${team.org.invitePath}/seat-request`)).status).toBe(201);

    // A reset ends the pending request: approving it afterwards does nothing.
    const [pending] = (await team.admin.client.get(requests)).body.requests;
    expect((await team.admin.client.post(`${settings}/regenerate`)).status).toBe(200);
    expect((await team.admin.client.post(`${requests}/${pending.id}/admit`)).status).toBeGreaterThanOrEqual(
      400,
    );
    expect((await list()).some((m: any) => m.user.id === withPlus.id)).toBe(false);

    // Approval off: the same person joins on their own through the new link.
    expect((await team.admin.client.patch(settings, { requiresApproval: false })).status).toBe(200);
  });

  it('two approvals at once let the person in once: one seat, one join, the other answer is a 4xx', async () => {
    const team = await createTeam(server.url, { seats: 5 });
    const settings = `/api/v1/organizations/${team.org.id}/invite-link`;
    expect((await team.owner.client.patch(settings, { requiresApproval: true })).status).toBe(200);
    const asker = await seedUser(server.url, { name: 'Twice Asked' });
    expect((await asker.client.post(`${team.org.invitePath}/seat-request`)).status).toBe(201);
    const requests = `/api/v1/organizations/${team.org.id}/seat-requests`;
    const [request] = (await team.admin.client.get(requests)).body.requests;
    const before = (await team.owner.client.get(`/api/v1/organizations/${team.org.id}`)).body.seats.used;

    const answers = await Promise.all([
      team.owner.client.post(`${requests}/${request.id}/admit`),
      team.admin.client.post(`${requests}/${request.id}/admit`),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const second = answers.find((a) => a.status !== 200);
    expect(second?.body.error.code).toBe('SEAT_REQUEST_DECIDED');
    expect(second?.body.error.message).toEqual(expect.any(String));
    const after = (await team.owner.client.get(`/api/v1/organizations/${team.org.id}`)).body.seats.used;
    expect(after).toBe(before + 1);
    const log = await team.owner.client.get(
      `/api/v1/organizations/${team.org.id}/audit-log?action=member.joined&person=${asker.id}`,
    );
    expect(log.body.events).toHaveLength(1);
    // An approve and a decline at once: whichever is first wins, the other changes nothing.
    const other = await seedUser(server.url, { name: 'Raced Asker' });
    expect((await other.client.post(`${team.org.invitePath}/seat-request`)).status).toBe(201);
    const [next] = (await team.admin.client.get(requests)).body.requests;
    const raced = await Promise.all([
      team.owner.client.post(`${requests}/${next.id}/admit`),
      team.admin.client.post(`${requests}/${next.id}/decline`),
    ]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
    const joined = (
      await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members`)
    ).body.members.some((m: { user: { id: string } }) => m.user.id === other.id);
    expect(joined).toBe(raced[0]?.status === 200);
  });

  it('a reset ends the request: approving or declining it afterwards does nothing and says why', async () => {
    const team = await createTeam(server.url, { seats: 5 });
    const settings = `/api/v1/organizations/${team.org.id}/invite-link`;
    expect((await team.owner.client.patch(settings, { requiresApproval: true })).status).toBe(200);
    const asker = await seedUser(server.url, { name: 'Reset Asker' });
    expect((await asker.client.post(`${team.org.invitePath}/seat-request`)).status).toBe(201);
    const requests = `/api/v1/organizations/${team.org.id}/seat-requests`;
    const [request] = (await team.admin.client.get(requests)).body.requests;
    expect((await team.owner.client.post(`${settings}/regenerate`)).status).toBe(200);
    // No longer waiting: the list no longer shows them.
    expect((await team.admin.client.get(requests)).body.requests).toEqual([]);
    const used = (await team.owner.client.get(`/api/v1/organizations/${team.org.id}`)).body.seats.used;
    for (const verb of ['admit', 'decline', 'admit']) {
      const reply = await team.admin.client.post(`${requests}/${request.id}/${verb}`);
      expect(reply.status, verb).toBe(409);
      expect(reply.body.error.message, verb).toEqual(expect.any(String));
    }
    expect((await team.owner.client.get(`/api/v1/organizations/${team.org.id}`)).body.seats.used).toBe(used);
    expect(
      (await team.owner.client.get(`/api/v1/organizations/${team.org.id}/members`)).body.members.some(
        (m: { user: { id: string } }) => m.user.id === asker.id,
      ),
    ).toBe(false);
    // The asker is told their request ended, and may ask again through the new link.
    expect((await asker.client.get(team.org.invitePath)).status).toBe(404);
  });
});
