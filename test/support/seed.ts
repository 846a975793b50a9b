import { createHmac, randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { schema } from '../../src/db/client.ts';
import { Client, type SignedInUser } from './client.ts';
import { type TestServer, testServerAt } from './test-server.ts';

/** The password `signUp` uses when none is given; seeded people have it too. */
export const DEFAULT_PASSWORD = 'correct horse battery';

// Same parameters as src/server/auth/create-auth.ts, so a seeded person signs in like a real one.
const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
// argon2 is the slow part of a sign-up: hash each password once per worker process, not per person.
const hashes = new Map<string, Promise<string>>();
const hashOf = (password: string) => {
  let stored = hashes.get(password);
  if (!stored) {
    stored = hash(password, argon2Options);
    hashes.set(password, stored);
  }
  return stored;
};

/** Exactly what better-auth (better-call's signCookieValue) sets: token.base64(HMAC-SHA256(secret, token)). */
export function sessionCookieValue(secret: string, token: string): string {
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return encodeURIComponent(`${token}.${signature}`);
}

/**
 * A person as a sign-up leaves them (user, credential account with the hashed password,
 * a session) written straight into the server's database, and a client holding the cookie
 * better-auth would have set. For every test where signing up is not what is tested:
 * seconds of argon2 per batch saved. Tests about accounts use `signUp`.
 */
export async function seedUser(
  target: TestServer | string,
  // `at`: the address the person's client talks to, when not the server's own (a second instance).
  options: { name?: string; email?: string; password?: string; at?: string } = {},
): Promise<SignedInUser> {
  const server = typeof target === 'string' ? testServerAt(target) : target;
  const tag = randomBytes(5).toString('hex');
  const id = randomBytes(16).toString('hex');
  const name = options.name ?? `Person ${tag}`;
  const email = options.email ?? `person-${tag}@example.com`;
  const token = randomBytes(24).toString('base64url');
  const now = new Date();
  const db = server.database.db;
  await db.insert(schema.user).values({ id, name, email: email.toLowerCase(), emailVerified: false });
  await db.insert(schema.account).values({
    id: randomBytes(16).toString('hex'),
    accountId: id,
    providerId: 'credential',
    userId: id,
    password: await hashOf(options.password ?? DEFAULT_PASSWORD),
  });
  await db.insert(schema.session).values({
    id: randomBytes(16).toString('hex'),
    token,
    userId: id,
    // better-auth's default lifetime (7 days) and refresh age (1 day): a fresh session,
    // never due for refresh during a test.
    expiresAt: new Date(now.getTime() + 7 * 24 * 3600 * 1000),
  });
  const client = new Client(options.at ?? server.url);
  client.cookies.set('better-auth.session_token', sessionCookieValue(server.config.secret, token));
  return { client, id, email, name };
}

/** Many seeded people at once. */
export function seedUsers(target: TestServer | string, count: number): Promise<SignedInUser[]> {
  return Promise.all(Array.from({ length: count }, () => seedUser(target)));
}
