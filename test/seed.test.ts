import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { DEFAULT_PASSWORD, seedUser } from './support/seed.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// Most tests seed their people instead of signing them up: this checks a seeded person is
// one better-auth accepts, so those tests keep testing what a real account would see.
describe('a seeded person', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('is signed in with the cookie better-auth would set', async () => {
    const person = await seedUser(server, { name: 'Sam Seed', email: 'Sam.Seed@example.com' });
    const me = await person.client.get('/api/v1/me');
    expect(me.status, me.text).toBe(200);
    expect(me.body.user).toMatchObject({ id: person.id, name: 'Sam Seed', email: 'sam.seed@example.com' });
    const session = await person.client.get('/api/auth/get-session');
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(person.id);
  });

  it('signs in with its password, and its e-mail cannot be signed up again', async () => {
    const person = await seedUser(server.url);
    const browser = new Client(server.url);
    const signedIn = await browser.post('/api/auth/sign-in/email', {
      email: person.email,
      password: DEFAULT_PASSWORD,
    });
    expect(signedIn.status, signedIn.text).toBe(200);
    expect((await browser.get('/api/v1/me')).body.user.id).toBe(person.id);
    const wrong = await new Client(server.url).post('/api/auth/sign-in/email', {
      email: person.email,
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    const again = await new Client(server.url).post('/api/auth/sign-up/email', {
      name: 'Again',
      email: person.email,
      password: DEFAULT_PASSWORD,
    });
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.status).toBeLessThan(500);
  });

  it('is refused once the session is signed out', async () => {
    const person = await seedUser(server);
    expect((await person.client.post('/api/auth/sign-out', {})).status).toBe(200);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
  });
});
