import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from '../support/client.ts';
import { createOrganization, type TestOrganization } from '../support/factories.ts';
import { DEFAULT_PASSWORD, seedUser } from '../support/seed.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { launchBrowser, openPage, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// The router (decision 0023): old addresses keep working, redirects go where they said,
// and nothing in the URL can send a person to another site.
let server: TestServer;
let browser: Browser;
let owner: SignedInUser;
let org: TestOrganization;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ WEB_ROOT: await webRoot() }), launchBrowser()]);
  owner = await seedUser(server.url, { name: 'Edsger Dijkstra', email: 'edsger@example.test' });
  org = await createOrganization(owner, { name: 'Structured Club', seats: 5 });
});

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

const path = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

describe('routes', () => {
  it('an organization’s bare address opens its members page, and a reload there stays', async () => {
    const page = await openPage(browser, server.url, owner.client, `/organizations/${org.id}`);
    await page.getByRole('heading', { name: 'Structured Club' }).waitFor();
    expect(path(page.url())).toBe(`/organizations/${org.id}/members`);
    await page.reload();
    await page.getByRole('heading', { name: 'Structured Club' }).waitFor();
    // Only the page itself is the current page: not the breadcrumb's "My organizations".
    const crumb = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    expect(await crumb.getAttribute('aria-current')).toBeNull();
    await page.context().close();
  });

  it('an unknown page under a known one says not found, signed out too', async () => {
    const page = await openPage(browser, server.url, undefined, `/organizations/${org.id}/nothing-here`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found · Roster');
    await page.context().close();
  });

  it('signing in returns to the page asked for, search and all; a next on another site is ignored', async () => {
    const target = `/organizations/${org.id}/members?welcome=1`;
    let page = await openPage(browser, server.url, undefined, target);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(target);
    await page.getByLabel('E-mail address').fill('edsger@example.test');
    await page.getByLabel('Password').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Welcome to Structured Club!').waitFor();
    expect(path(page.url())).toBe(target);
    await page.context().close();

    page = await openPage(browser, server.url, undefined, '/sign-in?next=//evil.test/steal');
    await page.getByLabel('E-mail address').fill('edsger@example.test');
    await page.getByLabel('Password').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My organizations' }).waitFor();
    expect(page.url()).toBe(`${server.url}/organizations`);
    await page.context().close();
  });

  it('signing out from a page lands on sign-in with no next', async () => {
    const page = await openPage(browser, server.url, owner.client, `/organizations/${org.id}/settings`);
    await page.getByRole('button', { name: /, account menu$/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(path(page.url())).toBe('/sign-in');
    await page.context().close();
  });
});
