import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator, type SignedInUser } from '../support/client.ts';
import { createOrganization, type TestOrganization } from '../support/factories.ts';
import { seedUser, seedUsers } from '../support/seed.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/test-server.ts';
import {
  checkScreen,
  DESKTOP,
  launchBrowser,
  newContext,
  openPage,
  PHONE,
  releaseBrowser,
} from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// Every other screen and state, set up through the API for speed, then looked at in the
// browser: axe-core and screenshots at 1280 and 360 px for each.
let server: TestServer;
let browser: Browser;
let owner: SignedInUser;
let org: TestOrganization;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ WEB_ROOT: await webRoot() }), launchBrowser()]);
  owner = await seedUser(server.url, { name: 'Grace Hopper', email: 'grace@navy.test' });
  org = await createOrganization(owner, { name: 'Compiler Club', seats: 60 });
});

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

const pageAs = (user?: SignedInUser) => openPage(browser, server.url, user?.client);

describe('accounts', () => {
  it('sign in shows the server’s message on a wrong password, and returns to the invite it came from', async () => {
    const page = await pageAs();
    await page.goto(org.inviteUrl);
    await page.getByRole('link', { name: 'Sign in to join' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await checkScreen(page, 'sign-in');
    await page.getByLabel('E-mail address').fill('grace@navy.test');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .getByText(/invalid email or password/i)
      .waitFor();

    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Grace owns the organization: back on the invite, it says so and links to it.
    await page.getByText('You’re already a member of Compiler Club', { exact: false }).waitFor();
    expect(page.url()).toBe(org.inviteUrl);
    await checkScreen(page, 'invite-already-member');
    await page.getByRole('link', { name: 'Go to Compiler Club' }).click();
    await page.getByRole('heading', { name: 'Compiler Club' }).waitFor();
    await page.context().close();
  });

  it('a signed-out visitor is sent to sign in, and can switch to creating an account', async () => {
    const page = await pageAs();
    await page.goto(`/organizations/${org.id}/members`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/organizations/${org.id}/members`);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await checkScreen(page, 'sign-up');
    await page.context().close();
  });
});

describe('organizations and members', () => {
  it('my organizations: empty, then a list with role badges', async () => {
    const newcomer = await seedUser(server.url, { name: 'Ada Lovelace' });
    const page = await pageAs(newcomer);
    await page.goto('/organizations');
    await page.getByText("You don't belong to any organization yet.").waitFor();
    await checkScreen(page, 'organizations-empty');

    // A bad seat count is explained before anything is sent.
    await page.getByLabel('Organization name').fill('Analytical Engines');
    await page.getByLabel('Plus seats').fill('0');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.getByRole('alert').getByText('seats must be at least 1: the owner takes one').waitFor();

    await newcomer.client.post('/api/v1/organizations', { name: 'Analytical Engines', seats: 3 });
    expect((await newcomer.client.post(`${org.invitePath}/join`)).status).toBe(201);
    await page.reload();
    const owned = page.getByRole('listitem').filter({ hasText: 'Analytical Engines' });
    await owned.getByText('Owner').waitFor();
    const joined = page.getByRole('listitem').filter({ hasText: 'Compiler Club' });
    await joined.getByText('Member').waitFor();
    await checkScreen(page, 'organizations-list');
    await page.context().close();
  });

  it('the members page pages through a large organization with the cursor and searches with q', async () => {
    const people = await seedUsers(server.url, 54);
    for (const person of people)
      expect((await person.client.post(`${org.invitePath}/join`)).status).toBe(201);
    // Owner + Ada + 54 = 56 members: one full page of 50, then 6 more.
    const page = await pageAs(owner);
    await page.goto(`/organizations/${org.id}/members`);
    const rows = page.locator('.member-table tbody tr');
    await page.getByText('Showing 1–50 of 56').waitFor();
    expect(await rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Showing 51–56 of 56').waitFor();
    expect(await rows.count()).toBe(6);
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByText('Showing 1–50 of 56').waitFor();
    // 60 seats: the owner and the 54 hold one each; Ada has Plus from her own organization.
    expect(await page.getByTestId('seats-available').textContent()).toBe('5');

    await page.getByLabel('Search members').fill('lovelace');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('row', { name: /Ada Lovelace/ }).waitFor();
    await page.getByText('Showing 1–1 of 1').waitFor();
    await page.getByLabel('Search members').fill('nobody-has-this-name');
    await page.getByText('No member matches “nobody-has-this-name” these filters.').waitFor();
    await page.getByLabel('Search members').fill('');
    // Filters run on the server: Ada is the one member without a seat here.
    await page.getByLabel('Plus', { exact: true }).selectOption('none');
    await page.getByText('Showing 1–1 of 1').waitFor();
    await page.getByRole('row', { name: /Ada Lovelace/ }).waitFor();
    await page.getByLabel('Plus', { exact: true }).selectOption('all');
    await page.getByLabel('Sort by').selectOption('name.asc');
    await expect.poll(() => rows.first().getByRole('rowheader').textContent()).toContain('Ada Lovelace');
    await page.getByLabel('Sort by').selectOption('joined.asc');
    await page.getByText('Showing 1–50 of 56').waitFor();
    await checkScreen(page, 'members-large');
    await page.context().close();
  });

  it('an organization the viewer does not belong to says so calmly with the way back, and unknown pages say so', async () => {
    const stranger = await seedUser(server.url);
    const page = await pageAs(stranger);
    await page.goto(`/organizations/${org.id}/members`);
    await page.getByRole('heading', { name: "This organization isn't available to you" }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await checkScreen(page, 'members-not-found');
    await page.getByRole('link', { name: 'Back to my organizations' }).click();
    await page.getByRole('heading', { name: 'My organizations' }).waitFor();
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await checkScreen(page, 'not-found');
    await page.context().close();
  });
});

describe('the invite page in every state', () => {
  it('someone with Plus of their own is told they keep it and join without a seat', async () => {
    const subscriber = await seedUser(server.url, { name: 'Linus Subscriber' });
    const plus = await operator(server.url, TEST_API_KEY).put(`/api/v1/users/${subscriber.id}/plus`, {
      active: true,
    });
    expect(plus.status).toBe(200);
    const page = await pageAs(subscriber);
    await page.goto(org.inviteUrl);
    await page.getByText('you will join without taking one of Compiler Club', { exact: false }).waitFor();
    await checkScreen(page, 'invite-joins-without-seat');
    await page.getByRole('button', { name: 'Join Compiler Club' }).click();
    await page.getByText('You joined without taking a seat and keep your own Plus.').waitFor();
    await page.context().close();
  });

  it('allowed domains: a wrong domain and an unverified address each get their explanation', async () => {
    const restricted = await createOrganization(owner, { name: 'Domain Club', seats: 5 });
    const settings = await owner.client.patch(`/api/v1/organizations/${restricted.id}/invite-link`, {
      allowedDomains: ['navy.test'],
    });
    expect(settings.status).toBe(200);

    const outsider = await seedUser(server.url, { email: 'someone@elsewhere.test' });
    let page = await pageAs(outsider);
    await page.goto(restricted.inviteUrl);
    // It names the domains the link takes: the person holds a working link and is signed in.
    await page.getByText('only accepts e-mail addresses at @navy.test', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Sign in with another account' }).waitFor();
    await checkScreen(page, 'invite-domain-not-allowed');
    await page.context().close();

    const unverified = await seedUser(server.url, { email: 'ensign@navy.test' });
    page = await pageAs(unverified);
    await page.goto(restricted.inviteUrl);
    await page.getByText('Check your inbox at ensign@navy.test').waitFor();
    await page.getByRole('button', { name: 'Resend the e-mail' }).waitFor();
    await checkScreen(page, 'invite-email-not-verified');
    await page.context().close();
  });
});

describe('one layout', () => {
  it('every organization page has the same header; the switcher leads to another organization; at 360 px the tabs show there is more', async () => {
    await createOrganization(owner, { name: 'Second Shift', seats: 3 });
    const page = await pageAs(owner);
    const tabsTop: number[] = [];
    for (const tab of ['members', 'invitations', 'billing', 'settings', 'audit-log']) {
      await page.goto(`/organizations/${org.id}/${tab}`);
      await page.getByRole('heading', { name: 'Compiler Club', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Invite members' }).waitFor();
      const tabs = page.getByRole('navigation', { name: 'Organization' });
      tabsTop.push((await tabs.boundingBox())!.y);
    }
    expect(new Set(tabsTop).size).toBe(1);

    await page.goto(`/organizations/${org.id}/settings`);
    await page.setViewportSize(PHONE);
    const tabs = page.getByRole('navigation', { name: 'Organization' });
    expect(await tabs.evaluate((nav) => nav.scrollWidth > nav.clientWidth)).toBe(true);
    await page.getByText('›').waitFor();
    // The current tab is scrolled into view.
    // (Once the resize has been seen: the tab bar scrolls in an effect after it.)
    const settingsTab = tabs.getByRole('link', { name: 'Settings' });
    await expect
      .poll(async () => {
        const box = (await settingsTab.boundingBox())!;
        return box.x + box.width;
      })
      .toBeLessThanOrEqual(PHONE.width);
    await checkScreen(page, 'organization-tabs-narrow');
    // Narrowed after it opened (a window made smaller, a phone turned): the last tab, current,
    // is brought into view inside the bar.
    await page.setViewportSize(DESKTOP);
    await page.goto(`/organizations/${org.id}/audit-log`);
    await page.getByRole('heading', { name: 'Compiler Club', level: 1 }).waitFor();
    await page.setViewportSize(PHONE);
    const auditTab = tabs.getByRole('link', { name: 'Audit log' });
    await expect
      .poll(async () => {
        const box = (await auditTab.boundingBox())!;
        return box.x + box.width <= PHONE.width;
      })
      .toBe(true);
    await page.setViewportSize(DESKTOP);

    await page.getByRole('button', { name: 'Switch organization' }).click();
    const switcher = page.getByRole('navigation', { name: 'Your organizations' });
    await switcher.getByRole('link', { name: /Compiler Club/ }).waitFor();
    await checkScreen(page, 'organization-switcher');
    await switcher.getByRole('link', { name: /Second Shift/ }).click();
    await page.getByRole('heading', { name: 'Second Shift', level: 1 }).waitFor();
    await page.context().close();
  });
});

describe('the invite modal', () => {
  it('on a phone with a share sheet, it offers the share sheet instead of the QR code', async () => {
    const context = await newContext(browser, server.url, owner.client);
    await context.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`/organizations/${org.id}/members`);
    await page.getByRole('button', { name: 'Invite members' }).click();
    await page.getByRole('button', { name: 'Share invite link…' }).waitFor();
    await checkScreen(page, 'invite-modal-share');
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Share invite link…' }).click();
    expect(await page.evaluate('window.shared')).toEqual([
      { title: 'Join Compiler Club', text: 'Join Compiler Club on Roster', url: org.inviteUrl },
    ]);
    expect(await page.getByTestId('invite-qr').count()).toBe(0);
    await context.close();
  });

  it('copy falls back to selecting the link when the clipboard is refused', async () => {
    const context = await newContext(browser, server.url, owner.client);
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    const page = await context.newPage();
    await page.goto(`/organizations/${org.id}/members`);
    await page.getByRole('button', { name: 'Invite members' }).click();
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('the link is selected, press Ctrl+C').waitFor();
    const selected = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
    });
    expect(selected).toBe(org.inviteUrl);
    await context.close();
  });

  it('link settings: pausing makes the link invalid, resuming brings it back', async () => {
    const linkSettings = `/api/v1/organizations/${org.id}/invite-link`;
    // A limit above the joins the earlier stories made through this link.
    const limit = (await owner.client.get(linkSettings)).body.joins + 25;
    const page = await pageAs(owner);
    await page.goto(`/organizations/${org.id}/members`);
    await page.getByRole('button', { name: 'Invite members' }).click();
    await page.getByText('Link settings', { exact: true }).click();
    await page.getByLabel('Pause the link').check();
    await page.getByLabel('Allowed e-mail domains').fill('navy.test, @example.com');
    await page.getByLabel('Limit joins').fill(String(limit));
    await page.getByRole('button', { name: 'Save link settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.getByText('This link is paused').waitFor();
    await checkScreen(page, 'invite-modal-settings');
    expect((await owner.client.get(org.invitePath)).body.error.code).toBe('INVITE_INVALID');
    expect((await owner.client.get(linkSettings)).body.maxJoins).toBe(limit);

    // A bad domain gets the server's own sentence.
    await page.getByLabel('Allowed e-mail domains').fill('not a domain');
    await page.getByRole('button', { name: 'Save link settings' }).click();
    await page
      .getByRole('alert')
      .getByText('allowedDomains must hold domain names such as example.com')
      .waitFor();

    await page.getByLabel('Pause the link').uncheck();
    await page.getByLabel('Allowed e-mail domains').fill('');
    await page.getByLabel('Limit joins').fill('');
    await page.getByRole('button', { name: 'Save link settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect((await owner.client.get(org.invitePath)).status).toBe(200);
    expect((await owner.client.get(linkSettings)).body.maxJoins).toBeNull();
    await page.context().close();
  });
});
