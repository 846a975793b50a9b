import { describe, expect, it } from 'vitest';
import { signUp, signUpMany } from '../support/client.ts';
import { createOrganization } from '../support/factories.ts';
import { startTestServer } from '../support/test-server.ts';

// Here rather than in the main suite: 300 real sign-ups (argon2) take a while on a busy machine.
describe('an office behind one NAT', () => {
  it('an office of 300 behind one address signs up, opens the link and joins in production mode without a 429', async () => {
    // The shipped defaults, not the test server's high ones.
    const server = await startTestServer({
      NODE_ENV: 'production',
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
      const org = await createOrganization(owner, { seats: 50 });
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
      expect(statuses.get(429)).toBeUndefined();
      expect(statuses.get(201)).toBe(50);
      expect(statuses.get(409)).toBe(250);
    } finally {
      await server.close();
    }
  }, 300_000);
});
