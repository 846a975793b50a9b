import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkVersionInsights } from '../src/contracts/link-insights.ts';
import { schema } from '../src/db/client.ts';
import { rows } from '../src/db/rows.ts';
import { Client } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { openCallback, signInAtProvider } from './support/oidc-flow.ts';
import { type IdpPerson, type OidcServer, startOidcServer } from './support/oidc-server.ts';
import { seedUser } from './support/seed.ts';
import { stateSnapshot } from './support/state-snapshot.ts';
import { freePort, startTestServer, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

// Roster against a real OpenID Provider (oidc-provider) on its own port: every sign-in
// below goes through its login form, its token endpoint and its signed ID tokens.
let server: TestServer;
let idp: OidcServer;

beforeAll(async () => {
  const port = await freePort();
  idp = await startOidcServer({ redirectUris: [`http://127.0.0.1:${port}/api/auth/callback/acme`] });
  server = await startTestServer({
    PORT: String(port),
    ...idp.env('acme', 'Acme SSO'),
    // The presets too: nothing below reaches Google or GitHub, only their sign-in addresses.
    IDENTITY_PROVIDERS: 'acme,google,github',
    IDP_GOOGLE_CLIENT_ID: 'google-client.apps.googleusercontent.com',
    IDP_GOOGLE_CLIENT_SECRET: 'google-secret',
    IDP_GITHUB_CLIENT_ID: 'Iv1.github-client',
    IDP_GITHUB_CLIENT_SECRET: 'github-secret',
  });
});

afterAll(async () => {
  await server?.close();
  await idp?.close();
});

const tag = () => randomBytes(4).toString('hex');
function person(overrides: Partial<IdpPerson> = {}): IdpPerson {
  const login = `p-${tag()}`;
  return idp.addPerson({
    login,
    email: `${login}@acme.test`,
    emailVerified: true,
    name: 'Ida Provider',
    ...overrides,
  });
}

/** Accounts, users and sessions as better-auth keeps them, and the rest of Roster's state. */
async function everything() {
  const db = server.database.db;
  const [users, accounts, sessions] = await Promise.all([
    rows(db, sql`SELECT id, email, email_verified FROM "user" ORDER BY id`),
    rows(db, sql`SELECT id, user_id, provider_id, account_id FROM account ORDER BY id`),
    rows(db, sql`SELECT id, user_id FROM session ORDER BY id`),
  ]);
  return { users, accounts, sessions, roster: await stateSnapshot(db) };
}

async function signedInAs(client: Client) {
  const session = await client.get('/api/auth/get-session');
  return session.body?.user as { id: string; email: string } | undefined;
}

async function verifiedUser(email: string) {
  const user = await seedUser(server, { email });
  await server.database.db
    .update(schema.user)
    .set({ emailVerified: true })
    .where(eq(schema.user.id, user.id));
  return user;
}

describe('signing in with an OpenID Connect provider', () => {
  it('lists the configured providers for the sign-in and invite pages', async () => {
    const list = await new Client(server.url).get('/api/v1/identity-providers');
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      providers: [
        { id: 'acme', name: 'Acme SSO' },
        { id: 'google', name: 'Google' },
        { id: 'github', name: 'GitHub' },
      ],
    });
    const docs = await new Client(server.url).get('/api/docs');
    for (const path of [
      '/api/v1/identity-providers',
      '/api/auth/sign-in/social',
      '/api/auth/callback/{providerId}',
    ])
      expect(Object.keys(docs.body.paths)).toContain(path);
  });

  it('the Google and GitHub presets send the person to their sign-in pages, back to Roster', async () => {
    for (const [provider, page, clientId] of [
      ['google', 'https://accounts.google.com/o/oauth2/v2/auth', 'google-client.apps.googleusercontent.com'],
      ['github', 'https://github.com/login/oauth/authorize', 'Iv1.github-client'],
    ] as const) {
      const browser = new Client(server.url);
      const start = await browser.post('/api/auth/sign-in/social', {
        provider,
        callbackURL: '/organizations',
      });
      expect(start.status).toBe(200);
      const url = new URL(start.body.url);
      expect(`${url.origin}${url.pathname}`).toBe(page);
      expect(url.searchParams.get('client_id')).toBe(clientId);
      expect(url.searchParams.get('redirect_uri')).toBe(`${server.url}/api/auth/callback/${provider}`);
      expect(url.searchParams.get('state')).toBeTruthy();
      expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    }
  });

  it('a newcomer from an invite gets an account with the verified address, comes back and joins', async () => {
    const owner = await seedUser(server);
    const org = await createOrganization(owner, { name: 'Acme', seats: 3 });
    const next = new URL(org.inviteUrl).pathname;
    const ida = person();
    const browser = new Client(server.url);
    const callback = await signInAtProvider(browser, {
      provider: 'acme',
      login: ida.login,
      callbackURL: next,
    });
    expect(callback.pathname).toBe('/api/auth/callback/acme');
    expect(callback.searchParams.get('iss')).toBe(idp.issuer);

    expect(await openCallback(browser, callback)).toEqual({ status: 302, location: next });
    const user = await signedInAs(browser);
    expect(user?.email).toBe(ida.email);
    const [row] = await server.database.db.select().from(schema.user).where(eq(schema.user.email, ida.email));
    expect(row).toMatchObject({ name: 'Ida Provider', emailVerified: true });
    const [account] = await server.database.db
      .select()
      .from(schema.account)
      .where(eq(schema.account.userId, user!.id));
    expect(account).toMatchObject({ providerId: 'acme', password: null });
    // The provider's token is kept as ciphertext (hex; the provider's own is base64url).
    expect(account!.accessToken).toMatch(/^[0-9a-f]{80,}$/);

    const preview = await browser.get(org.invitePath);
    expect(preview.body.viewer.state).toBe('can_join');
    const join = await browser.post(`${org.invitePath}/join`);
    expect(join.status).toBe(201);

    // Signing in again finds the same account: no second user, no second link.
    const again = new Client(server.url);
    const back = await signInAtProvider(again, {
      provider: 'acme',
      login: ida.login,
      callbackURL: '/organizations',
    });
    expect(await openCallback(again, back)).toEqual({ status: 302, location: '/organizations' });
    expect((await signedInAs(again))?.id).toBe(user!.id);
    const accounts = await server.database.db
      .select()
      .from(schema.account)
      .where(eq(schema.account.userId, user!.id));
    expect(accounts).toHaveLength(1);
  });

  it("a newcomer from an invite lands on it with ?from=sign-up and the link's insights count the sign-up; a returning person does not", async () => {
    const owner = await seedUser(server);
    const org = await createOrganization(owner, { name: 'Acme Counted', seats: 3 });
    const next = new URL(org.inviteUrl).pathname;
    // What the web app sends from an invite (src/web/auth/new-account-return.ts).
    const newUserCallbackURL = `${next}?from=sign-up`;
    const newcomer = person();
    const browser = new Client(server.url);
    const callback = await signInAtProvider(browser, {
      provider: 'acme',
      login: newcomer.login,
      callbackURL: next,
      newUserCallbackURL,
    });
    expect(await openCallback(browser, callback)).toEqual({ status: 302, location: newUserCallbackURL });
    // The invite page passes the flag to the preview once; the answer is the same as without it.
    const flagged = await browser.get(`${org.invitePath}?from=sign-up`);
    expect(flagged.status).toBe(200);
    expect(flagged.body).toEqual((await browser.get(org.invitePath)).body);

    // Someone whose account already exists comes back to the link as it was, and is not counted.
    const returning = person();
    const first = new Client(server.url);
    await openCallback(
      first,
      await signInAtProvider(first, {
        provider: 'acme',
        login: returning.login,
        callbackURL: '/organizations',
      }),
    );
    const again = new Client(server.url);
    const back = await signInAtProvider(again, {
      provider: 'acme',
      login: returning.login,
      callbackURL: next,
      newUserCallbackURL,
    });
    expect(await openCallback(again, back)).toEqual({ status: 302, location: next });
    expect((await again.get(org.invitePath)).status).toBe(200);

    const insights = `/api/v1/organizations/${org.id}/invite-link/insights`;
    const counted = await waitFor(
      async () => {
        const [current] = (await owner.client.get(insights)).body.versions as LinkVersionInsights[];
        return current && current.opened.people === 2 ? current : undefined;
      },
      { what: 'the two opens to be counted' },
    );
    expect(counted).toMatchObject({ signedUp: 1, opened: { people: 2, signedOut: 0 } });
  });

  it('refuses a newUserCallbackURL on another site, as it does a callbackURL', async () => {
    const start = await new Client(server.url).post('/api/auth/sign-in/social', {
      provider: 'acme',
      callbackURL: '/organizations',
      newUserCallbackURL: 'https://evil.example/join/x',
    });
    expect(start.status).toBe(400);
    expect(start.body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(start.body.error.message).toContain('newUserCallbackURL');
  });

  it('links to the existing account of the same verified address instead of making a second one', async () => {
    const email = `linda-${tag()}@acme.test`;
    const existing = await verifiedUser(email);
    const linda = person({ email: email.toUpperCase() });
    const browser = new Client(server.url);
    const callback = await signInAtProvider(browser, {
      provider: 'acme',
      login: linda.login,
      callbackURL: '/organizations',
    });

    expect(await openCallback(browser, callback)).toEqual({ status: 302, location: '/organizations' });
    expect((await signedInAs(browser))?.id).toBe(existing.id);
    const users = await server.database.db.select().from(schema.user).where(eq(schema.user.email, email));
    expect(users).toHaveLength(1);
    const accounts = await server.database.db
      .select()
      .from(schema.account)
      .where(eq(schema.account.userId, existing.id));
    expect(accounts.map((a) => a.providerId).sort()).toEqual(['acme', 'credential']);
    // The password still works as before.
    const password = await new Client(server.url).post('/api/auth/sign-in/email', {
      email,
      password: 'correct horse battery',
    });
    expect(password.status).toBe(200);
  });

  it('refuses to link an address the provider has not verified, and changes nothing', async () => {
    const email = `uma-${tag()}@acme.test`;
    await verifiedUser(email);
    const uma = person({ email, emailVerified: false });
    const browser = new Client(server.url);
    const next = '/join/some-org/some-token';
    const errorCallbackURL = `/sign-in?next=${encodeURIComponent(next)}`;
    const callback = await signInAtProvider(browser, {
      provider: 'acme',
      login: uma.login,
      callbackURL: next,
      errorCallbackURL,
    });
    const before = await everything();

    expect(await openCallback(browser, callback)).toEqual({
      status: 302,
      location: `${errorCallbackURL}&error=account_not_linked`,
    });
    expect(await signedInAs(browser)).toBeUndefined();
    expect(await everything()).toEqual(before);
  });

  it('refuses to link to an existing account whose address Roster has not verified', async () => {
    // Someone could have signed up with another person's address; the provider's word
    // about the address must not hand them that person's sign-in.
    const email = `pre-${tag()}@acme.test`;
    await seedUser(server, { email });
    const owner = person({ email });
    const browser = new Client(server.url);
    const callback = await signInAtProvider(browser, {
      provider: 'acme',
      login: owner.login,
      callbackURL: '/organizations',
    });
    const before = await everything();

    expect(await openCallback(browser, callback)).toEqual({
      status: 302,
      location: '/sign-in?error=account_not_linked',
    });
    expect(await signedInAs(browser)).toBeUndefined();
    expect(await everything()).toEqual(before);
  });
});

describe('the callback refuses what it cannot trust', () => {
  const errorCallbackURL = '/sign-in?next=%2Forganizations';

  it('a state it never issued: the sign-in page says so, and the real one still works', async () => {
    const someone = person();
    const browser = new Client(server.url);
    const callback = await signInAtProvider(browser, {
      provider: 'acme',
      login: someone.login,
      callbackURL: '/organizations',
      errorCallbackURL,
    });
    const before = await everything();
    const forged = new URL(callback);
    forged.searchParams.set('state', randomBytes(24).toString('base64url'));

    expect(await openCallback(browser, forged)).toEqual({
      status: 302,
      location: '/sign-in?error=state_mismatch',
    });
    expect(await signedInAs(browser)).toBeUndefined();
    expect(await everything()).toEqual(before);

    expect(await openCallback(browser, callback)).toEqual({ status: 302, location: '/organizations' });
    expect((await signedInAs(browser))?.email).toBe(someone.email);
  });

  it("another browser's state (a callback link sent to someone else) is refused", async () => {
    const attacker = person();
    const callback = await signInAtProvider(new Client(server.url), {
      provider: 'acme',
      login: attacker.login,
      callbackURL: '/organizations',
      errorCallbackURL,
    });
    const before = await everything();
    const victim = new Client(server.url);

    expect(await openCallback(victim, callback)).toEqual({
      status: 302,
      location: `${errorCallbackURL}&error=state_mismatch`,
    });
    expect(await signedInAs(victim)).toBeUndefined();
    expect(await everything()).toEqual(before);
  });

  it('an answer from another issuer (RFC 9207 iss) is refused before the code is used', async () => {
    const someone = person();
    const browser = new Client(server.url);
    const callback = await signInAtProvider(browser, {
      provider: 'acme',
      login: someone.login,
      callbackURL: '/organizations',
      errorCallbackURL,
    });
    const before = await everything();
    const mixedUp = new URL(callback);
    mixedUp.searchParams.set('iss', 'https://idp.attacker.example');

    expect(await openCallback(browser, mixedUp)).toEqual({
      status: 302,
      location: `${errorCallbackURL}&error=issuer_mismatch`,
    });
    expect(await signedInAs(browser)).toBeUndefined();
    expect(await everything()).toEqual(before);
  });

  it('bad input to the sign-in start gets our error shape, not a redirect', async () => {
    const client = new Client(server.url);
    const before = await everything();
    for (const body of [
      { provider: 'nope', callbackURL: '/organizations' },
      { provider: 'acme', callbackURL: 'https://evil.example/' },
      { provider: 'acme', callbackURL: '//evil.example/' },
      { provider: 'acme', errorCallbackURL: 'javascript:alert(1)' },
    ]) {
      const answer = await client.post('/api/auth/sign-in/social', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect(await everything()).toEqual(before);
  });
});
