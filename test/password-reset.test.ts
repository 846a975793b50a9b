import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailTo, tokenIn } from './support/account-mail.ts';
import { Client } from './support/client.ts';
import { outboxSettled } from './support/outbox.ts';
import { DEFAULT_PASSWORD, seedUser } from './support/seed.ts';
import { startSmtpServer } from './support/smtp.ts';
import { stateSnapshot } from './support/state-snapshot.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// "Forgot password?" with the mail read from a real SMTP server. Two reset mails per address
// and twelve per client address in the window; the per-client test is last.
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({
    SMTP_URL: smtp.url,
    RATE_LIMIT_ACCOUNT_MAILS: '2',
    RATE_LIMIT_ACCOUNT_MAILS_PER_CLIENT: '12',
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const NEW_PASSWORD = 'a brand new passphrase';
const ask = (email: string) => new Client(server.url).post('/api/v1/password-reset', { email });
const complete = (client: Client, token: string, newPassword = NEW_PASSWORD) =>
  client.post('/api/v1/password-reset/complete', { token, newPassword });
const signIn = (email: string, password: string) =>
  new Client(server.url).post('/api/auth/sign-in/email', { email, password });

describe('forgot password', () => {
  it('a link by mail sets a new password, signs this browser in and ends every other session', async () => {
    const person = await seedUser(server, { name: 'Pat Forgetful' });
    const phone = new Client(server.url);
    expect(
      (await phone.post('/api/auth/sign-in/email', { email: person.email, password: DEFAULT_PASSWORD }))
        .status,
    ).toBe(200);

    const asked = await ask(person.email);
    expect(asked.status).toBe(202);
    const mail = await mailTo(smtp.received, person.email, /Choose a new password/);
    expect(mail.text).toContain('Hi Pat Forgetful,');
    expect(mail.text).toContain('works once, for an hour');

    const browser = new Client(server.url);
    const done = await complete(browser, tokenIn(mail, '/reset-password'));
    expect(done.status, done.text).toBe(200);
    expect(done.body).toEqual({ email: person.email });
    expect((await browser.get('/api/v1/me')).body.user.id).toBe(person.id);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(person.email, NEW_PASSWORD)).status).toBe(200);
    expect((await signIn(person.email, DEFAULT_PASSWORD)).status).toBe(401);
    await mailTo(smtp.received, person.email, /password of your Roster account was changed/);

    // Used once: a second time it is refused, and the password stays the new one.
    await outboxSettled(server);
    const before = await stateSnapshot(server.database.db);
    const again = await complete(
      new Client(server.url),
      tokenIn(mail, '/reset-password'),
      'yet another one!',
    );
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('RESET_LINK_INVALID');
    expect(await stateSnapshot(server.database.db)).toEqual(before);
    expect((await signIn(person.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('the answer is the same whether or not an account has the address; only an account gets mail', async () => {
    const person = await seedUser(server);
    const nobody = `nobody-${randomBytes(4).toString('hex')}@example.com`;
    const [known, unknown] = await Promise.all([ask(person.email), ask(nobody)]);
    expect(known.status).toBe(unknown.status);
    expect(known.body.message.replace(person.email, '…')).toBe(unknown.body.message.replace(nobody, '…'));
    await mailTo(smtp.received, person.email, /Choose a new password/);
    await outboxSettled(server);
    expect(smtp.received.filter((m) => m.to.includes(nobody))).toEqual([]);
  });

  it('an expired link is refused and changes nothing', async () => {
    const person = await seedUser(server);
    const sent = smtp.received.length;
    await ask(person.email);
    const mail = await mailTo(smtp.received, person.email, /Choose a new password/, sent);
    await server.database.db.execute(
      sql`UPDATE verification SET expires_at = now() - interval '1 minute' WHERE value = ${person.id}`,
    );
    const reply = await complete(new Client(server.url), tokenIn(mail, '/reset-password'));
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('RESET_LINK_INVALID');
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    expect((await signIn(person.email, DEFAULT_PASSWORD)).status).toBe(200);
  });

  it('a forged link is refused and changes nothing; a too short password is a validation error', async () => {
    const person = await seedUser(server);
    await outboxSettled(server);
    const before = await stateSnapshot(server.database.db);
    const forged = await complete(new Client(server.url), randomBytes(18).toString('base64url'));
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('RESET_LINK_INVALID');
    const short = await complete(new Client(server.url), 'whatever', 'short');
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('VALIDATION_FAILED');
    expect(await stateSnapshot(server.database.db)).toEqual(before);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
  });

  it('is limited per address, with or without an account behind it', async () => {
    const person = await seedUser(server);
    const nobody = `ghost-${randomBytes(4).toString('hex')}@example.com`;
    for (const email of [person.email, nobody]) {
      expect((await ask(email)).status).toBe(202);
      expect((await ask(email)).status).toBe(202);
      const limited = await ask(email);
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('RATE_LIMITED');
    }
  });

  it('is limited per client address too', async () => {
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) {
      status = (await ask(`many-${i}-${randomBytes(3).toString('hex')}@example.com`)).status;
    }
    expect(status).toBe(429);
  });
});
