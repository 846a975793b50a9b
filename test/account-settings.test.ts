import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/db/rows.ts';
import { Client, operator } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { eventsExpanded, outboxSettled } from './support/outbox.ts';
import { DEFAULT_PASSWORD, seedUser } from './support/seed.ts';
import { stateSnapshot } from './support/state-snapshot.ts';
import { createTeam, join } from './support/team.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

// The account page's API: name and avatar, password, sessions, deletion. Six wrong
// passwords per client address and account in the window: the test that uses them up is last.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_WRONG_PASSWORDS: '6' });
});
afterAll(async () => server.close());
checkSeatInvariantAfterEach(() => server?.database.db);

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const signIn = async (email: string, password = DEFAULT_PASSWORD) => {
  const client = new Client(server.url);
  const reply = await client.post('/api/auth/sign-in/email', { email, password });
  return { client, status: reply.status };
};

describe('name and avatar', () => {
  it('are changed and shown to the organization; the avatar is served by its address', async () => {
    const person = await seedUser(server, { name: 'Old Name' });
    const renamed = await person.client.patch('/api/v1/me', { name: '  Nia New  ' });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body.user).toMatchObject({ name: 'Nia New', image: null, hasPassword: true });

    const uploaded = await person.client.put('/api/v1/me/image', png, { 'content-type': 'image/png' });
    expect(uploaded.status, uploaded.text).toBe(200);
    const url = uploaded.body.user.image as string;
    expect(url).toMatch(new RegExp(`^/api/v1/user-images/${person.id}/[0-9a-f]{16}$`));
    const served = await fetch(new URL(url, server.url));
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png);

    const org = await createOrganization(await seedUser(server));
    await join(person, org);
    const members = await person.client.get(`/api/v1/organizations/${org.id}/members`);
    expect(members.body.members.find((m: any) => m.user.id === person.id).user).toMatchObject({
      name: 'Nia New',
      image: url,
    });

    const notImage = await person.client.put('/api/v1/me/image', Buffer.from('GIF-ish but not'), {
      'content-type': 'image/gif',
    });
    expect(notImage.status).toBe(415);
    const removed = await person.client.patch('/api/v1/me', { image: null });
    expect(removed.body.user.image).toBeNull();
    expect((await fetch(new URL(url, server.url))).status).toBe(404);
    expect((await person.client.patch('/api/v1/me', {})).status).toBe(400);
    expect((await person.client.patch('/api/v1/me', { name: ' ' })).status).toBe(400);
  });
});

describe("better-auth's own paths for these", () => {
  it('answer 404 in our error shape, so no rule of ours can be walked around', async () => {
    const person = await seedUser(server);
    for (const path of [
      '/api/auth/update-user',
      '/api/auth/change-email',
      '/api/auth/change-password',
      '/api/auth/send-verification-email',
      '/api/auth/request-password-reset',
      '/api/auth/reset-password',
      '/api/auth/delete-user',
    ]) {
      const reply = await person.client.post(path, {
        image: 'https://tracker.example/x.png',
        email: person.email,
      });
      expect(reply.status, path).toBe(404);
      expect(reply.body.error.code, path).toBe('NOT_FOUND');
    }
    expect((await person.client.get('/api/auth/verify-email?token=x')).status).toBe(404);
    expect((await person.client.get('/api/v1/me')).body.user.image).toBeNull();
  });
});

describe('deleting the account', () => {
  it('is refused to an owner, saying what to do, and changes nothing', async () => {
    const owner = await seedUser(server);
    await createOrganization(owner, { name: 'Kept Co' });
    await outboxSettled(server);
    const before = await stateSnapshot(server.database.db);
    const reply = await owner.client.delete('/api/v1/me', { password: DEFAULT_PASSWORD });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('OWNS_ORGANIZATIONS');
    expect(reply.body.error.message).toContain('You own Kept Co. Transfer ownership');
    expect(await stateSnapshot(server.database.db)).toEqual(before);
    expect((await owner.client.get('/api/v1/me')).status).toBe(200);
  });

  it('asks for the password', async () => {
    const person = await seedUser(server);
    expect((await person.client.delete('/api/v1/me', {})).status).toBe(400);
    const wrong = await person.client.delete('/api/v1/me', { password: 'not it' });
    expect(wrong.body.error.code).toBe('WRONG_PASSWORD');
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
  });

  // PGlite runs one statement at a time, so a join can never wait on a deletion there; on
  // PostgreSQL the deletion is held open at the point where it has locked the person.
  it.skipIf(!process.env.DATABASE_URL)(
    'a join that waited on the deletion of its joiner is 401, not a 5xx, and holds no seat',
    async () => {
      const org = await createOrganization(await seedUser(server), { name: 'Race Club', seats: 20 });
      const person = await seedUser(server);
      const db = server.database.db;
      let joined: Promise<{ status: number; text: string }> | undefined;
      await db.transaction(async (tx) => {
        await tx.execute(sql`SELECT 1 FROM "user" WHERE id = ${person.id} FOR UPDATE`);
        joined = person.client.post(`${org.invitePath}/join`);
        await waitFor(
          async () =>
            (
              await rows(
                db,
                // The join's one statement, by its first CTE (PostgreSQL keeps the first 1 kB):
                // `sess` when it checks the session itself (decision 0034), else `used_up`.
                sql`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock'
                    AND (query LIKE 'WITH used_up AS%' OR query LIKE 'WITH sess AS%')`,
              )
            ).length > 0,
          { what: 'the join waiting on the locked person' },
        );
        await tx.execute(sql`DELETE FROM "user" WHERE id = ${person.id}`);
      });
      const reply = await joined!;
      expect(reply.status, reply.text).toBe(401);
      expect(JSON.parse(reply.text).error.code).toBe('UNAUTHENTICATED');
    },
  );

  it('ends every membership as leaving does: seats freed, managers told, webhooks sent', async () => {
    const receiver = await startWebhookReceiver();
    try {
      await operator(server.url, TEST_API_KEY).post('/api/v1/webhooks', {
        url: receiver.url,
        eventTypes: ['member.left', 'seat.released'],
      });
      const team = await createTeam(server.url, { seats: 5 });
      const leaver = await seedUser(server, { name: 'Lee Leaving' });
      await join(leaver, team.org);
      const other = await createOrganization(await seedUser(server), { name: 'Second Org' });
      await join(leaver, other); // without a seat: Plus from the first
      const laptop = await signIn(leaver.email);
      const seatsUsed = async () =>
        (await team.owner.client.get(`/api/v1/organizations/${team.org.id}`)).body.seats.used;
      expect(await seatsUsed()).toBe(4);

      const reply = await leaver.client.delete('/api/v1/me', { password: DEFAULT_PASSWORD });
      expect(reply.status, reply.text).toBe(204);
      expect(reply.headers.getSetCookie().join()).toMatch(/better-auth\.session_token=;/);

      expect(await seatsUsed()).toBe(3);
      expect((await leaver.client.get('/api/v1/me')).status).toBe(401);
      expect((await laptop.client.get('/api/v1/me')).status).toBe(401);
      expect((await signIn(leaver.email)).status).toBe(401);
      const left = await rows<{ organization_id: string; version: number; data: any }>(
        server.database.db,
        sql`SELECT organization_id, version, data FROM audit_event
            WHERE action = 'member.left' AND target_id = ${leaver.id} ORDER BY organization_id`,
      );
      expect(left.map((e) => e.organization_id).sort()).toEqual([team.org.id, other.id].sort());
      for (const e of left)
        expect(e).toMatchObject({ version: 3, data: { deletedAccount: { name: 'Lee Leaving' } } });

      await eventsExpanded(server);
      const title = 'Lee Leaving left Acme: they deleted their Roster account';
      for (const manager of [team.owner, team.admin]) {
        const bell = await manager.client.get('/api/v1/notifications');
        expect(bell.body.notifications.map((n: any) => n.title)).toContain(title);
      }
      const memberBell = await team.member.client.get('/api/v1/notifications');
      expect(memberBell.body.notifications.map((n: any) => n.title)).not.toContain(title);

      await waitFor(() => receiver.deliveries.length >= 3, { what: 'three webhook deliveries' });
      const events = receiver.deliveries.map((d) => JSON.parse(d.body));
      expect(
        events.map((e) => `${e.type} ${e.data.organizationId === team.org.id ? 'first' : 'second'}`).sort(),
      ).toEqual(['member.left first', 'member.left second', 'seat.released first']);
      expect(events.find((e) => e.type === 'seat.released').data).toEqual({
        organizationId: team.org.id,
        userId: leaver.id,
        reason: 'left',
      });
    } finally {
      await receiver.close();
    }
  });
});

describe('sessions and password', () => {
  it('lists the devices and signs out the others, keeping this one', async () => {
    const person = await seedUser(server);
    const laptop = await signIn(person.email);
    const list = await person.client.get('/api/v1/me/sessions');
    expect(list.body.sessions).toHaveLength(2);
    expect(list.body.sessions.filter((s: any) => s.current)).toHaveLength(1);
    expect(list.text).not.toContain(person.client.cookies.get('better-auth.session_token')?.split('.')[0]);

    const out = await person.client.post('/api/v1/me/sessions/sign-out-others');
    expect(out.body).toEqual({ signedOut: 1 });
    expect((await laptop.client.get('/api/v1/me')).status).toBe(401);
    expect((await person.client.get('/api/v1/me/sessions')).body.sessions).toHaveLength(1);
  });

  it('a new password ends the other sessions, keeps this one, and wrong ones are limited', async () => {
    const person = await seedUser(server);
    const laptop = await signIn(person.email);
    const change = (currentPassword: string) =>
      person.client.post('/api/v1/me/password', { currentPassword, newPassword: 'correct horse staple' });

    const wrong = await change('not my password');
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('WRONG_PASSWORD');
    expect((await laptop.client.get('/api/v1/me')).status).toBe(200);

    const changed = await change(DEFAULT_PASSWORD);
    expect(changed.status, changed.text).toBe(204);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    expect((await laptop.client.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(person.email, 'correct horse staple')).status).toBe(200);
    expect((await signIn(person.email)).status).toBe(401);

    // Wrong ones use up the six of this client address (the other tests' too) and this
    // account, and then even the right one waits.
    for (let i = 0; i < 6 && (await change('nope')).status !== 429; i++);
    const limited = await person.client.post('/api/v1/me/password', {
      currentPassword: 'correct horse staple',
      newPassword: 'something else entirely',
    });
    expect(limited.status).toBe(429);
  });
});
