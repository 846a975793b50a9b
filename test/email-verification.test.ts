import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn, mailTo, signVerificationToken, tokenIn } from './support/account-mail.ts';
import { Client } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { outboxSettled } from './support/outbox.ts';
import { DEFAULT_PASSWORD, seedUser } from './support/seed.ts';
import { startSmtpServer } from './support/smtp.ts';
import { stateSnapshot } from './support/state-snapshot.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// E-mail verification and change of address, with the mail read from a real SMTP server.
// Three account mails per account and address in the window; bad links limited at 6 per
// client, which the last test uses up (so it stays last).
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({
    SMTP_URL: smtp.url,
    RATE_LIMIT_ACCOUNT_MAILS: '3',
    RATE_LIMIT_BAD_TOKENS: '6',
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const tag = () => randomBytes(4).toString('hex');
const confirm = (client: Client, token: string) => client.post('/api/v1/email-verification', { token });
const me = async (client: Client) => (await client.get('/api/v1/me')).body.user;

describe('verifying an address', () => {
  it('a sign-up gets a link that verifies the address and returns to where they were going', async () => {
    const email = `ann-${tag()}@acme.test`;
    const client = new Client(server.url);
    const signUp = await client.post('/api/auth/sign-up/email', {
      name: 'Ann Acme',
      email,
      password: DEFAULT_PASSWORD,
      callbackURL: '/join/some-org/some-token',
    });
    expect(signUp.status, signUp.text).toBe(200);
    expect((await me(client)).emailVerified).toBe(false);

    const mail = await mailTo(smtp.received, email, /Verify your e-mail address/);
    expect(mail.text).toContain('Hi Ann Acme,');
    expect(mail.headers.has('list-unsubscribe')).toBe(false);
    const link = linkIn(mail, '/verify-email');
    expect(link.origin).toBe(server.url);
    expect(link.searchParams.get('next')).toBe('/join/some-org/some-token');

    // Opened anywhere, even signed out: it verifies, and signs nobody in.
    const elsewhere = new Client(server.url);
    const opened = await confirm(elsewhere, tokenIn(mail, '/verify-email'));
    expect(opened.status, opened.text).toBe(200);
    expect(opened.body).toEqual({ outcome: 'verified', email });
    expect(opened.headers.getSetCookie()).toEqual([]);
    expect((await me(client)).emailVerified).toBe(true);

    await outboxSettled(server);
    const before = await stateSnapshot(server.database.db);
    const again = await confirm(elsewhere, tokenIn(mail, '/verify-email'));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('VERIFICATION_LINK_USED');
    expect(await stateSnapshot(server.database.db)).toEqual(before);
  });

  it('Resend sends a new link to the signed-in address, three times per window, then 429', async () => {
    const person = await seedUser(server, { email: `ben-${tag()}@acme.test` });
    const sent = smtp.received.length;
    for (let i = 0; i < 3; i++) {
      const reply = await person.client.post('/api/v1/me/email-verification', { next: '/join/a/b' });
      expect(reply.status, reply.text).toBe(202);
      expect(reply.body.message).toContain(person.email);
    }
    const limited = await person.client.post('/api/v1/me/email-verification', {});
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const mail = await mailTo(smtp.received, person.email, /Verify your e-mail address/, sent);
    expect(linkIn(mail, '/verify-email').searchParams.get('next')).toBe('/join/a/b');
    expect((await confirm(new Client(server.url), tokenIn(mail, '/verify-email'))).status).toBe(200);
    const done = await person.client.post('/api/v1/me/email-verification', {});
    expect(done.status).toBe(409);
  });

  it('an expired link is refused with its own answer and changes nothing', async () => {
    const person = await seedUser(server);
    const token = signVerificationToken(server.config.secret, {
      email: person.email,
      userId: person.id,
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    const reply = await confirm(new Client(server.url), token);
    expect(reply.status).toBe(410);
    expect(reply.body.error.code).toBe('VERIFICATION_LINK_EXPIRED');
    expect((await me(person.client)).emailVerified).toBe(false);
  });

  it('a domain-restricted invite admits a colleague once their address is verified', async () => {
    const owner = await seedUser(server, { name: 'Olive Owner' });
    const org = await createOrganization(owner, { name: 'Acme' });
    const link = `/api/v1/organizations/${org.id}/invite-link`;
    expect((await owner.client.patch(link, { allowedDomains: ['acme.test'] })).status).toBe(200);
    const colleague = await seedUser(server, { email: `cleo-${tag()}@acme.test` });

    expect((await colleague.client.get(org.invitePath)).body.viewer.state).toBe('email_not_verified');
    const refused = await colleague.client.post(`${org.invitePath}/join`);
    expect(refused.body.error.code).toBe('EMAIL_NOT_VERIFIED');

    const sent = smtp.received.length;
    const here = new URL(org.inviteUrl).pathname;
    expect((await colleague.client.post('/api/v1/me/email-verification', { next: here })).status).toBe(202);
    const mail = await mailTo(smtp.received, colleague.email, /Verify/, sent);
    expect(linkIn(mail, '/verify-email').searchParams.get('next')).toBe(here);
    expect((await confirm(colleague.client, tokenIn(mail, '/verify-email'))).status).toBe(200);

    expect((await colleague.client.get(org.invitePath)).body.viewer.state).toBe('can_join');
    expect((await colleague.client.post(`${org.invitePath}/join`)).status).toBe(201);
  });
});

describe('changing the address', () => {
  it('counts only once the new address is verified, and the old one is told', async () => {
    const person = await seedUser(server, { name: 'Dora Change', email: `dora-${tag()}@old.test` });
    const newEmail = `dora-${tag()}@new.test`;
    const wrong = await person.client.post('/api/v1/me/email', { newEmail, password: 'not it' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('WRONG_PASSWORD');
    const missing = await person.client.post('/api/v1/me/email', { newEmail });
    expect(missing.status).toBe(400);

    const sent = smtp.received.length;
    const asked = await person.client.post('/api/v1/me/email', { newEmail, password: DEFAULT_PASSWORD });
    expect(asked.status, asked.text).toBe(202);
    expect((await me(person.client)).email).toBe(person.email);

    const mail = await mailTo(smtp.received, newEmail, /Confirm your new e-mail address/, sent);
    const opened = await confirm(person.client, tokenIn(mail, '/verify-email'));
    expect(opened.status, opened.text).toBe(200);
    expect(opened.body).toEqual({ outcome: 'email_changed', email: newEmail });
    expect(await me(person.client)).toMatchObject({ email: newEmail, emailVerified: true });

    const told = await mailTo(
      smtp.received,
      person.email,
      /address of your Roster account was changed/,
      sent,
    );
    expect(told.text).toContain(newEmail);
    const reused = await confirm(person.client, tokenIn(mail, '/verify-email'));
    expect(reused.body.error.code).toBe('VERIFICATION_LINK_USED');
    // The new address signs in; the old one no longer does.
    const signIn = (email: string) =>
      new Client(server.url).post('/api/auth/sign-in/email', { email, password: DEFAULT_PASSWORD });
    expect((await signIn(newEmail)).status).toBe(200);
    expect((await signIn(person.email)).status).toBe(401);
  });

  it('to an address another account has: 409, and no mail', async () => {
    const [person, other] = await Promise.all([seedUser(server), seedUser(server)]);
    const sent = smtp.received.length;
    const reply = await person.client.post('/api/v1/me/email', {
      newEmail: other.email.toUpperCase(),
      password: DEFAULT_PASSWORD,
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toEqual({
      code: 'EMAIL_TAKEN',
      message: `${other.email} is already the address of another Roster account.`,
    });
    expect(smtp.received.slice(sent).filter((m) => m.to.includes(other.email))).toEqual([]);
  });

  it('taken by someone else before the link is opened: 409 then too, and nothing changes', async () => {
    const person = await seedUser(server);
    const newEmail = `late-${tag()}@new.test`;
    const sent = smtp.received.length;
    await person.client.post('/api/v1/me/email', { newEmail, password: DEFAULT_PASSWORD });
    const mail = await mailTo(smtp.received, newEmail, /Confirm/, sent);
    await seedUser(server, { email: newEmail });
    const reply = await confirm(person.client, tokenIn(mail, '/verify-email'));
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('EMAIL_TAKEN');
    expect((await me(person.client)).email).toBe(person.email);
  });
});

describe('forged links', () => {
  it('are refused alike and counted: past the limit even a good link gets 429', async () => {
    const person = await seedUser(server);
    const good = signVerificationToken(server.config.secret, {
      email: person.email,
      userId: person.id,
      exp: Math.floor(Date.now() / 1000) + 3600,
    });
    const forged = [
      signVerificationToken('another secret entirely, of 32+ characters', {
        email: person.email,
        userId: person.id,
        exp: Math.floor(Date.now() / 1000) + 3600,
      }),
      `${good.slice(0, -2)}xx`,
      'not-a-token',
      'a.b.c',
    ];
    await outboxSettled(server);
    const before = await stateSnapshot(server.database.db);
    const client = new Client(server.url);
    for (const token of forged) {
      const reply = await confirm(client, token);
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toBe('VERIFICATION_LINK_INVALID');
    }
    expect(await stateSnapshot(server.database.db)).toEqual(before);
    // Two more bad ones use up the six of this address; then the good link waits too.
    await confirm(client, 'x.y.z');
    await confirm(client, 'x.y.z');
    const limited = await confirm(client, good);
    expect(limited.status).toBe(429);
    expect((await me(person.client)).emailVerified).toBe(false);
  });
});
