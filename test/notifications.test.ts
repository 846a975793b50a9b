import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { eventsExpanded, outboxFailing, outboxSettled } from './support/outbox.ts';
import { seedUser, seedUsers } from './support/seed.ts';
import { type ReceivedMail, startSmtpServer } from './support/smtp.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const mailTo = (user: SignedInUser, subject: RegExp) => (m: ReceivedMail) =>
  m.to.includes(user.email) && subject.test(m.subject);
const waitForMail = (user: SignedInUser, subject: RegExp) =>
  waitFor(() => smtp.received.find(mailTo(user, subject)), { what: `mail "${subject}" to ${user.email}` });
const bell = async (user: SignedInUser) =>
  (await user.client.get('/api/v1/notifications')).body.notifications;

describe('who is told about a join', () => {
  it('welcomes the new member and tells the owner and admins, in the app and by e-mail', async () => {
    const owner = await seedUser(server.url, { name: 'Olive Owner' });
    const org = await createOrganization(owner, { name: 'Rocket Club', seats: 3 });
    const joiner = await seedUser(server.url, { name: 'Jo Joiner' });
    expect((await joiner.client.post(`${org.invitePath}/join`)).status).toBe(201);

    const welcome = await waitForMail(joiner, /Welcome to Rocket Club/);
    expect(welcome.subject).toBe('Welcome to Rocket Club — you now have Plus');
    expect(welcome.text).toContain(`${server.url}/organizations/${org.id}/members`);
    expect(welcome.html).toContain(`href="${server.url}/organizations/${org.id}/members"`);
    expect(welcome.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(String(welcome.headers.get('list-unsubscribe'))).toContain(
      `${server.url}/api/v1/unsubscribe?token=`,
    );

    const told = await waitForMail(owner, /joined/);
    expect(told.subject).toBe('Jo Joiner joined Rocket Club. 1 of 3 seats left.');
    expect(told.to).toEqual([owner.email]);

    expect((await bell(joiner)).map((n: any) => n.title)).toEqual([
      'Welcome to Rocket Club — you now have Plus',
    ]);
    expect((await bell(owner)).map((n: any) => n.title)).toEqual([
      'Jo Joiner joined Rocket Club. 1 of 3 seats left.',
    ]);
    expect((await joiner.client.get('/api/v1/notifications/unread-count')).body).toEqual({ unread: 1 });
  });

  it('e-mails the owner when the last seat is taken', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Tiny Team', seats: 2 });
    const joiner = await seedUser(server.url);
    await joiner.client.post(`${org.invitePath}/join`);

    const full = await waitForMail(owner, /no seats left/);
    expect(full.subject).toBe('Tiny Team has no seats left — add seats so more people can get Plus');
    expect((await bell(owner)).map((n: any) => n.type).sort()).toEqual(['last_seat_taken', 'member_joined']);
  });

  it('a join that fails tells nobody', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Full House', seats: 1 });
    const joiner = await seedUser(server.url);
    const before = smtp.received.length;

    expect((await joiner.client.post(`${org.invitePath}/join`)).status).toBe(409);
    // Once nothing is pending, nothing more will be delivered.
    await outboxSettled(server);
    expect(smtp.received.length).toBe(before);
    expect(await bell(owner)).toEqual([]);
    expect(await bell(joiner)).toEqual([]);
  });
});

describe('delivery through an SMTP outage', () => {
  it('50 joins while the mail server refuses everything: all mail arrives once it is back, none twice', async () => {
    const owner = await seedUser(server.url, { name: 'Outage Owner' });
    const org = await createOrganization(owner, { name: 'Outage Org', seats: 60 });
    const joiners = await seedUsers(server.url, 50);
    const before = smtp.received.length;
    smtp.down();
    const replies = await Promise.all(joiners.map((j) => j.client.post(`${org.invitePath}/join`)));
    expect(replies.every((r) => r.status === 201)).toBe(true);
    // Every one of the 100 mails has been tried and refused, and none arrived.
    await outboxFailing(server, 'email', 100);
    expect(smtp.received.length).toBe(before);

    smtp.up();
    // 50 welcomes and 50 "joined" mails to the owner.
    await waitFor(() => smtp.received.length - before >= 100, { timeoutMs: 30_000, what: '100 mails' });
    // Nothing left to send: a duplicate would have arrived by now.
    await outboxSettled(server);
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(100);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(100);
    for (const joiner of joiners) {
      expect(mails.filter(mailTo(joiner, /Welcome to Outage Org/))).toHaveLength(1);
    }
    expect(mails.filter(mailTo(owner, /joined Outage Org/))).toHaveLength(50);
  });
});

describe('in-app notifications', () => {
  it('pages newest first and marks read only my own', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Busy Org', seats: 10 });
    const joiners = await seedUsers(server.url, 4);
    for (const joiner of joiners) await joiner.client.post(`${org.invitePath}/join`);
    // Notices are written after the join commits (docs/decisions/0009): wait for all four.
    await waitFor(
      async () => (await owner.client.get('/api/v1/notifications/unread-count')).body.unread === 4,
      { what: "the owner's four join notices" },
    );

    const first = await owner.client.get('/api/v1/notifications?limit=3');
    expect(first.body.notifications).toHaveLength(3);
    expect(first.body.notifications[0].title).toContain(joiners[3]!.name);
    const second = await owner.client.get(`/api/v1/notifications?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.notifications).toHaveLength(1);
    expect(second.body.notifications[0].title).toContain(joiners[0]!.name);
    expect(second.body.nextCursor).toBeNull();

    const someoneElses = (await bell(joiners[0]!))[0].id;
    const marked = await owner.client.post('/api/v1/notifications/read', {
      ids: [first.body.notifications[0].id, someoneElses],
    });
    expect(marked.body).toEqual({ unread: 3 });
    expect((await joiners[0]!.client.get('/api/v1/notifications/unread-count')).body.unread).toBe(1);
    expect((await owner.client.post('/api/v1/notifications/read', { all: true })).body).toEqual({
      unread: 0,
    });
    expect((await owner.client.post('/api/v1/notifications/read', { ids: [] })).status).toBe(400);
  });
});

describe('preferences', () => {
  it('turning off e-mail for a type keeps it in the app but sends no mail', async () => {
    const owner = await seedUser(server.url);
    const defaults = await owner.client.get('/api/v1/me/notification-preferences');
    expect(defaults.body.member_joined).toEqual({ inApp: true, email: true });
    const saved = await owner.client.put('/api/v1/me/notification-preferences', {
      member_joined: { email: false },
    });
    expect(saved.body.member_joined).toEqual({ inApp: true, email: false });
    expect(saved.body.welcome).toEqual({ inApp: true, email: true });
    const bad = await owner.client.put('/api/v1/me/notification-preferences', { coffee: { email: false } });
    expect(bad.status).toBe(400);

    const org = await createOrganization(owner, { name: 'Quiet Org', seats: 5 });
    const joiner = await seedUser(server.url);
    await joiner.client.post(`${org.invitePath}/join`);
    await waitForMail(joiner, /Welcome to Quiet Org/);
    await outboxSettled(server);
    expect(smtp.received.filter((m) => m.to.includes(owner.email))).toEqual([]);
    expect((await bell(owner)).map((n: any) => n.type)).toEqual(['member_joined']);
  });

  it('the one-click unsubscribe in a mail turns that e-mail type off without signing in', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Unsub Org', seats: 5 });
    const first = await seedUser(server.url);
    await first.client.post(`${org.invitePath}/join`);
    const mail = await waitForMail(owner, /joined Unsub Org/);
    const url = String(mail.headers.get('list-unsubscribe')).replace(/^<|>$/g, '');

    const scan = await fetch(url);
    expect(scan.status).toBe(200);
    expect(await scan.text()).toContain('Stop');
    expect((await owner.client.get('/api/v1/me/notification-preferences')).body.member_joined.email).toBe(
      true,
    );

    const oneClick = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect((await owner.client.get('/api/v1/me/notification-preferences')).body.member_joined).toEqual({
      inApp: true,
      email: false,
    });
    const forged = await fetch(
      url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      { method: 'POST' },
    );
    expect(forged.status).toBe(404);
  });
});

describe('development mailbox', () => {
  it('without SMTP_URL, mail is kept and shown at /dev/mailbox', async () => {
    const local = await startTestServer();
    try {
      const owner = await seedUser(local.url);
      const org = await createOrganization(owner, { name: 'Mailbox Org' });
      const joiner = await seedUser(local.url, { name: 'Mia Mailbox' });
      await joiner.client.post(`${org.invitePath}/join`);
      const page = await waitFor(
        async () => {
          const text = await (await fetch(new URL('/dev/mailbox', local.url))).text();
          // Two outbox rows, each delivered on its own: wait for both.
          return (
            text.includes('Mia Mailbox joined Mailbox Org') &&
            text.includes('Welcome to Mailbox Org — you now have Plus') &&
            text
          );
        },
        { timeoutMs: 30_000, what: 'the mails in /dev/mailbox' },
      );
      expect(page).toContain('Welcome to Mailbox Org — you now have Plus');
      expect(page).toContain(joiner.email);
    } finally {
      await local.close();
    }
  });
});

describe('who is told about member changes', () => {
  it('tells the member whose role or seat changed, the removed member, the new owner; managers hear who left', async () => {
    const owner = await seedUser(server.url, { name: 'Olive Owner' });
    const org = await createOrganization(owner, { name: 'Change Co', seats: 5 });
    const [ada, bob, cy] = await seedUsers(server.url, 3);
    for (const person of [ada!, bob!, cy!]) await person.client.post(`${org.invitePath}/join`);
    const member = (p: SignedInUser) => `/api/v1/organizations/${org.id}/members/${p.id}`;

    expect((await owner.client.patch(member(ada!), { role: 'admin' })).status).toBe(200);
    expect((await owner.client.patch(member(bob!), { seat: 'none' })).status).toBe(200);
    expect((await owner.client.delete(member(cy!))).status).toBe(204);
    expect((await bob!.client.post(`/api/v1/organizations/${org.id}/leave`)).status).toBe(204);
    expect(
      (await owner.client.post(`/api/v1/organizations/${org.id}/transfer-ownership`, { userId: ada!.id }))
        .status,
    ).toBe(200);
    // Notices are written when the worker expands each change's event (docs/decisions/0009).
    await eventsExpanded(server);

    const titles = async (p: SignedInUser) => (await bell(p)).map((n: any) => n.title);
    expect(await titles(ada!)).toEqual(
      expect.arrayContaining(['You are now an admin of Change Co', 'You are now the owner of Change Co']),
    );
    expect(await titles(bob!)).toContain('Your Plus seat in Change Co was removed');
    expect(await titles(cy!)).toContain('You were removed from Change Co');
    expect(await titles(owner)).toContain(`${bob!.name} left Change Co`);
    // Nobody is told about their own action.
    expect((await titles(owner)).some((t: string) => t.startsWith('You are now'))).toBe(false);

    await waitForMail(cy!, /You were removed from Change Co/);
    await waitForMail(bob!, /Your Plus seat in Change Co was removed/);
  });

  it('rejoining does not welcome a person again', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Boomerang', seats: 5 });
    const joiner = await seedUser(server.url);
    await joiner.client.post(`${org.invitePath}/join`);
    await waitForMail(joiner, /Welcome to Boomerang/);
    expect((await joiner.client.post(`/api/v1/organizations/${org.id}/leave`)).status).toBe(204);
    expect((await joiner.client.post(`${org.invitePath}/join`)).status).toBe(201);

    await waitFor(
      async () => (await bell(owner)).filter((n: any) => n.type === 'member_joined').length === 2,
    );
    await outboxSettled(server);
    expect(smtp.received.filter(mailTo(joiner, /Welcome to Boomerang/))).toHaveLength(1);
    expect((await bell(joiner)).filter((n: any) => n.type === 'welcome')).toHaveLength(1);
  });
});
