import { describe, expect, it } from 'vitest';
import { signUp, signUpMany } from '../support/client.ts';
import { createOrganization } from '../support/factories.ts';
import { freePort, startTestServer } from '../support/test-server.ts';

// Here rather than in the main suite: 300 real sign-ups (argon2) take a while on a busy machine.
describe('an office behind one NAT', () => {
  it('an office of 300 behind one address signs up, opens the link and joins in production mode without a 429', async () => {
    // The shipped defaults, not the test server's high ones.
    // Production refuses to start without an https BASE_URL and a mail setting; the office's
    // browsers reach this local port, trusted as an origin beside the public one.
    const port = await freePort();
    const server = await startTestServer({
      NODE_ENV: 'production',
      PORT: String(port),
      BASE_URL: 'https://roster.example.test',
      TRUSTED_ORIGINS: `http://127.0.0.1:${port}`,
      SMTP_URL: 'none',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PREVIEW_PER_MINUTE: '',
      RATE_LIMIT_JOIN_PER_MINUTE: '',
      RATE_LIMIT_JOIN_PER_USER_PER_MINUTE: '',
      RATE_LIMIT_AUTH_PER_MINUTE: '',
      RATE_LIMIT_BAD_TOKENS: '',
      RATE_LIMIT_WRONG_PASSWORDS: '',
    });
    try {
      const owner = await signUp(server.url);
      // The owner takes one of the 51 seats; 50 are left for the office.
      const org = await createOrganization(owner, { seats: 51 });
      // Password hashing is the slow part: a few at a time, as people arrive.
      const office = await signUpMany(server.url, 300, 6);
      const statuses = new Map<number, number>();
      const note = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
      for (let i = 0; i < office.length; i += 20) {
        await Promise.all(
          office.slice(i, i + 20).map(async (person) => {
            note((await person.client.get(org.invitePath)).status);
            note((await person.client.post(`${org.invitePath}/join`)).status);
          }),
        );
      }
      expect(Object.fromEntries(statuses)).toEqual({ 200: 300, 201: 50, 409: 250 });
      expect(statuses.get(429)).toBeUndefined();
      expect(statuses.get(201)).toBe(50);
      expect(statuses.get(409)).toBe(250);
    } finally {
      await server.close();
    }
  }, 300_000);
});
