import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkVersionInsights } from '../../src/contracts/link-insights.ts';
import { schema } from '../../src/db/client.ts';
import type { SignedInUser } from '../support/client.ts';
import { createOrganization, type TestOrganization } from '../support/factories.ts';
import { expectSeatInvariant } from '../support/invariants.ts';
import { type OidcServer, startOidcServer } from '../support/oidc-server.ts';
import { seedUser } from '../support/seed.ts';
import { freePort, startTestServer, type TestServer } from '../support/test-server.ts';
import { waitFor } from '../support/wait.ts';
import { checkScreen, launchBrowser, openPage, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// A person with an account at their company's identity provider (a real OpenID Provider,
// oidc-provider, on a port of its own) joins through the invite link without a password.
let server: TestServer;
let idp: OidcServer;
let browser: Browser;
let org: TestOrganization;
let owner: SignedInUser;
const orgName = 'Acme Robotics';

beforeAll(async () => {
  const port = await freePort();
  idp = await startOidcServer({ redirectUris: [`http://127.0.0.1:${port}/api/auth/callback/acme`] });
  [server, browser] = await Promise.all([
    startTestServer({ PORT: String(port), WEB_ROOT: await webRoot(), ...idp.env('acme', 'Acme SSO') }),
    launchBrowser(),
  ]);
  owner = await seedUser(server, { name: 'Olivia Owner' });
  org = await createOrganization(owner, {
    name: orgName,
    seats: 3,
  });
});

afterAll(async () => {
  await releaseBrowser(browser);
  if (server) {
    await expectSeatInvariant(server.database.db);
    await server.close();
  }
  await idp?.close();
});

/** The provider's own login form: any login it knows, any password. */
async function signInAtProvider(page: Page, login: string) {
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe('Continue with an identity provider, in the browser', () => {
  it('a newcomer opens the invite, continues with the provider, comes back and joins', async () => {
    const ida = idp.addPerson({
      login: 'ida',
      email: 'ida@acme.test',
      emailVerified: true,
      name: 'Ida Newcomer',
    });
    const page = await openPage(browser, server.url, undefined, org.inviteUrl);
    await page.getByRole('heading', { name: orgName }).waitFor();
    const continueWith = page.getByRole('button', { name: 'Continue with Acme SSO' });
    await continueWith.waitFor();
    await checkScreen(page, 'invite-signed-out-with-provider');

    await continueWith.click();
    await signInAtProvider(page, ida.login);
    // Straight back to the invite, signed in with the provider's verified address.
    const join = page.getByRole('button', { name: `Join ${orgName}` });
    await join.waitFor();
    // A new account came back with ?from=sign-up, which the page sends once and then drops.
    await page.waitForURL(org.inviteUrl);
    await page.getByText(`Signed in as ${ida.email}.`).waitFor();
    await checkScreen(page, 'invite-can-join-after-provider');
    await join.click();
    await page.getByText(`Welcome to ${orgName}!`).waitFor();
    await page.getByText('You now have Plus through this organization.').waitFor();

    const [user] = await server.database.db
      .select()
      .from(schema.user)
      .where(eq(schema.user.email, ida.email));
    expect(user).toMatchObject({ name: 'Ida Newcomer', emailVerified: true });
    // The link's insights count her as signed up from it, as a password sign-up is (decision 0035).
    const insights = `/api/v1/organizations/${org.id}/invite-link/insights`;
    const current = await waitFor(
      async () => {
        const [v] = (await owner.client.get(insights)).body.versions as LinkVersionInsights[];
        return v && v.joined === 1 && v.signedUp === 1 ? v : undefined;
      },
      { what: 'the sign-up through the provider to be counted' },
    );
    expect(current).toMatchObject({ signedUp: 1, joined: 1 });
    await page.context().close();
  });

  it('an address the provider has not verified is not joined to the existing account: the sign-in page says why', async () => {
    const email = 'uma@acme.test';
    const existing = await seedUser(server, { email, name: 'Uma Existing' });
    await server.database.db
      .update(schema.user)
      .set({ emailVerified: true })
      .where(eq(schema.user.id, existing.id));
    idp.addPerson({ login: 'uma', email, emailVerified: false, name: 'Uma Unverified' });
    const next = new URL(org.inviteUrl).pathname;
    const page = await openPage(browser, server.url, undefined, `/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByRole('button', { name: 'Continue with Acme SSO' }).click();
    await signInAtProvider(page, 'uma');

    const problem = page.getByRole('alert');
    await problem.getByText('You are not signed in.').waitFor();
    await problem.getByText('There is already a Roster account with this e-mail address.').waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/sign-in');
    // Still on the way to the invite: a password sign-in from here goes back to it.
    expect(url.searchParams.get('next')).toBe(next);
    await checkScreen(page, 'sign-in-provider-refused');
    await page.context().close();
  });
});
