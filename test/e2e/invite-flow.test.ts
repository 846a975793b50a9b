import jsQRModule from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSeatInvariant } from '../support/invariants.ts';
import { seedUser } from '../support/seed.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { checkScreen, DESKTOP, launchBrowser, newContext, PHONE, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// jsqr is CommonJS whose module.exports is the function itself, typed as an ES default export.
const jsQR = jsQRModule.default;

// One story, in order: the owner sets up in the browser, a newcomer joins through the
// copied link, the organization fills up, and a reset kills the old link.
let server: TestServer;
let browser: Browser;
let owner: BrowserContext;
let ownerPage: Page;
let inviteUrl: string;
const orgName = 'Acme Robotics';

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ WEB_ROOT: await webRoot() }), launchBrowser()]);
  owner = await newContext(browser, server.url);
  await owner.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  ownerPage = await owner.newPage();
});

afterAll(async () => {
  await releaseBrowser(browser);
  if (server) {
    await expectSeatInvariant(server.database.db);
    await server.close();
  }
});

async function signUpInBrowser(page: Page, name: string, email: string) {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
}

describe('inviting through the link, in the browser', () => {
  it('the owner signs up, creates an organization and copies the link from the invite modal', async () => {
    await ownerPage.goto('/');
    await expect.poll(() => new URL(ownerPage.url()).pathname).toBe('/sign-in');
    await ownerPage.getByRole('link', { name: 'Create an account' }).click();
    await signUpInBrowser(ownerPage, 'Olivia Owner', 'olivia@acme.test');
    await ownerPage.getByRole('heading', { name: 'My organizations' }).waitFor();

    await ownerPage.getByLabel('Organization name').fill(orgName);
    await ownerPage.getByLabel('Plus seats').fill('2');
    await ownerPage.getByRole('button', { name: 'Create organization' }).click();
    await ownerPage.getByRole('heading', { name: orgName }).waitFor();
    expect(new URL(ownerPage.url()).pathname).toMatch(/^\/organizations\/[0-9a-f-]{36}\/members$/);
    await expect.poll(() => ownerPage.getByTestId('seats-available').textContent()).toBe('1');
    await ownerPage.getByRole('row', { name: /Olivia Owner/ }).waitFor();

    await ownerPage.getByRole('button', { name: 'Invite members' }).click();
    const modal = ownerPage.getByRole('dialog', { name: `Invite members to ${orgName}` });
    await modal.getByText('1 of 2 seats available').waitFor();
    await modal.getByRole('button', { name: 'Copy' }).click();
    await modal.getByRole('button', { name: 'Copied' }).waitFor();
    await modal.getByText('Copied to the clipboard').waitFor();
    inviteUrl = await ownerPage.evaluate(() => navigator.clipboard.readText());
    expect(inviteUrl).toMatch(new RegExp(`^${server.url}/join/[0-9a-f-]{36}/[A-Za-z0-9_-]+$`));
    expect(await modal.getByLabel('Invite link').inputValue()).toBe(inviteUrl);
  });

  it('the QR code in the modal decodes to the same link', async () => {
    const png = PNG.sync.read(await ownerPage.getByTestId('invite-qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(inviteUrl);
    const download = ownerPage.getByRole('link', { name: 'Download QR code (SVG)' });
    expect(await download.getAttribute('download')).toBe('Acme-Robotics-invite-qr.svg');
    expect(await download.getAttribute('href')).toMatch(/^data:image\/svg\+xml/);
    await checkScreen(ownerPage, 'invite-modal');
    await ownerPage.keyboard.press('Escape');
    await ownerPage.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('a newcomer opens the link signed out, creates an account, comes back and joins; the owner sees it', async () => {
    const newcomer = await newContext(browser, server.url);
    const page = await newcomer.newPage();
    const response = await page.goto(inviteUrl);
    expect(response?.headers()['x-robots-tag']).toContain('noindex');
    expect(response?.headers()['cache-control']).toBe('no-store');
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await page.getByRole('heading', { name: orgName }).waitFor();
    await page.getByText('1 of 2 Plus seats available').waitFor();
    await checkScreen(page, 'invite-signed-out');

    await page.getByRole('link', { name: 'Create account' }).click();
    await page.getByText('to accept your invite').waitFor();
    await signUpInBrowser(page, 'Nina Newcomer', 'nina@acme.test');
    // Straight back to the invite, now able to join.
    const join = page.getByRole('button', { name: `Join ${orgName}` });
    await join.waitFor();
    // The app drops its "back from sign-up" flag (link insights) once the invite has loaded.
    await expect.poll(() => page.url()).toBe(inviteUrl);
    await checkScreen(page, 'invite-can-join');
    await join.click();
    await page.getByText(`Welcome to ${orgName}!`).waitFor();
    await page.getByText('You now have Plus through this organization.').waitFor();
    await checkScreen(page, 'members-as-member');
    // A member sees no invite button and no activity column.
    expect(await page.getByRole('button', { name: 'Invite members' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Last active' }).count()).toBe(0);
    await newcomer.close();

    // The owner's open page catches up by itself, live: its fallback poll is only every 30 s.
    await ownerPage.getByRole('row', { name: /Nina Newcomer/ }).waitFor({ timeout: 5_000 });
    await expect
      .poll(() => ownerPage.getByTestId('seats-available').textContent(), { timeout: 5_000 })
      .toBe('0');
    expect(await ownerPage.getByTestId('seats-used').textContent()).toBe('2');
    await checkScreen(ownerPage, 'members-as-owner');
  });

  it('the full organization: Request a seat is the one action, and the modal says no seats left', async () => {
    const late = await seedUser(server.url, { name: 'Larry Late' });
    const context = await newContext(browser, server.url, late.client);
    const page = await context.newPage();
    await page.goto(inviteUrl);
    await page.getByRole('button', { name: 'Request a seat' }).waitFor();
    expect(await page.getByRole('button', { name: `Join ${orgName}` }).count()).toBe(0);
    await page.getByText(`No seats left in ${orgName}.`, { exact: false }).waitFor();
    await checkScreen(page, 'invite-no-seats');
    await context.close();

    await ownerPage.getByRole('button', { name: 'Invite members' }).click();
    const modal = ownerPage.getByRole('dialog');
    await modal.getByText('No seats left').waitFor();
    await modal.getByRole('button', { name: 'Manage seats' }).waitFor();
    await checkScreen(ownerPage, 'invite-modal-full');
  });

  it('regenerating the link asks first, then the old link shows the invalid page', async () => {
    const modal = ownerPage.getByRole('dialog');
    // On a phone the question opens where it can be read, not below the fold of the modal.
    await ownerPage.setViewportSize(PHONE);
    await modal.getByRole('button', { name: 'Reset link…' }).click();
    await modal.getByText('The current link stops working at once').waitFor();
    const question = await modal.getByRole('group', { name: /Reset the invite link\?/ }).boundingBox();
    expect(question!.y).toBeGreaterThanOrEqual(0);
    expect(question!.y + question!.height).toBeLessThanOrEqual(PHONE.height);
    await ownerPage.setViewportSize(DESKTOP);
    await checkScreen(ownerPage, 'invite-modal-reset-confirm');
    await modal.getByRole('button', { name: 'Reset link', exact: true }).click();
    await modal.getByText('New link created. The old link no longer works.').waitFor();
    const newUrl = await modal.getByLabel('Invite link').inputValue();
    expect(newUrl).not.toBe(inviteUrl);

    const stranger = await newContext(browser, server.url);
    const page = await stranger.newPage();
    await page.goto(inviteUrl);
    await page.getByRole('heading', { name: "This invite link doesn't work" }).waitFor();
    expect(await page.getByText(orgName).count()).toBe(0);
    await checkScreen(page, 'invite-invalid');
    await page.goto(newUrl);
    await page.getByRole('heading', { name: orgName }).waitFor();
    await stranger.close();
  });
});
