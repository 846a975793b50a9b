import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from '../support/client.ts';
import { expectSeatInvariant } from '../support/invariants.ts';
import { seedUser } from '../support/seed.ts';
import { createTeam, join, type Team } from '../support/team.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { checkScreen, launchBrowser, openPage, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// The member-management screens: row actions, leaving, settings and the audit log.
let server: TestServer;
let browser: Browser;
let team: Team;
let extra: SignedInUser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ WEB_ROOT: await webRoot() }), launchBrowser()]);
  team = await createTeam(server.url, { seats: 5 });
  extra = await seedUser(server.url, { name: 'Eli Extra' });
  await join(extra, team.org);
});

afterAll(async () => {
  await releaseBrowser(browser);
  if (server) {
    await expectSeatInvariant(server.database.db);
    await server.close();
  }
});

const pageAs = (user: SignedInUser, path: string) => openPage(browser, server.url, user.client, path);

const seatsAvailable = (page: Page) => page.getByTestId('seats-available').textContent();

describe('members page actions', () => {
  it('the owner promotes, takes and gives a seat, and removes after confirming', async () => {
    const page = await pageAs(team.owner, `/organizations/${team.org.id}/members`);
    const mia = page.getByRole('row', { name: /Mia Member/ });
    await mia.getByText('Member', { exact: true }).waitFor();
    expect(await seatsAvailable(page)).toBe('1');
    // Nobody manages the owner or themselves.
    expect(await page.getByRole('button', { name: 'Manage Olive Owner' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Manage Mia Member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Manage Mia Member' });
    await checkScreen(page, 'member-actions');
    await dialog.getByRole('button', { name: /Make admin/ }).click();
    await dialog.getByText('Mia Member is now an admin.').waitFor();
    await dialog.getByRole('button', { name: /Remove Plus seat/ }).click();
    await dialog.getByText('Mia Member no longer holds a Plus seat.').waitFor();
    await page.keyboard.press('Escape');
    await mia.getByText('Admin', { exact: true }).waitFor();
    await mia.getByText('No seat').waitFor();
    await expect.poll(() => seatsAvailable(page)).toBe('2');

    await page.getByRole('button', { name: 'Manage Mia Member' }).click();
    await dialog.getByRole('button', { name: /Give Plus seat/ }).click();
    await dialog.getByText('Mia Member now has Plus.').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => seatsAvailable(page)).toBe('1');

    await page.getByRole('button', { name: 'Manage Eli Extra' }).click();
    await page.getByRole('button', { name: /Remove from organization/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove Eli Extra?' });
    await confirm.getByText('loses the Plus seat').waitFor();
    await checkScreen(page, 'member-remove-confirm');
    await confirm.getByRole('button', { name: 'Remove Eli Extra' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Eli Extra/ }).waitFor({ state: 'detached' });
    await expect.poll(() => seatsAvailable(page)).toBe('2');
    await page.context().close();
  });

  it('an admin may not manage other admins; a member sees no actions and can leave', async () => {
    const adminPage = await pageAs(team.admin, `/organizations/${team.org.id}/members`);
    await adminPage
      .getByRole('row', { name: /Mia Member/ })
      .getByText('Admin', { exact: true })
      .waitFor();
    expect(await adminPage.getByRole('button', { name: /^Manage / }).count()).toBe(0);
    await adminPage.getByRole('link', { name: 'Audit log' }).waitFor();
    await adminPage.context().close();

    const leaver = await seedUser(server.url, { name: 'Lea Leaver' });
    await join(leaver, team.org);
    const page = await pageAs(leaver, `/organizations/${team.org.id}/members`);
    await page.getByRole('row', { name: /Lea Leaver/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Manage / }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Leave organization' }).click();
    const dialog = page.getByRole('dialog', { name: /^Leave / });
    await dialog.getByText('you lose the Plus you have through it').waitFor();
    await checkScreen(page, 'leave-confirm');
    await dialog.getByRole('button', { name: 'Leave organization' }).click();
    await page.getByText(/^You left /).waitFor();
    expect(new URL(page.url()).pathname).toBe('/organizations');
    await page.context().close();
  });
});

describe('settings and audit log', () => {
  it('renames the organization and uploads an image that the invite page then shows', async () => {
    const page = await pageAs(team.owner, `/organizations/${team.org.id}/settings`);
    await page.getByLabel('Organization name').fill('Orbital Works');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Name saved.').waitFor();

    const png = new PNG({ width: 8, height: 8 });
    png.data.fill(200);
    await page.getByLabel('Choose an image').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: PNG.sync.write(png),
    });
    await page.getByText('New image (not saved yet)').waitFor();
    await page.getByRole('button', { name: 'Upload image' }).click();
    await page.getByText('Image saved.').waitFor();
    await page.getByText('Current image').waitFor();
    await checkScreen(page, 'settings');

    const visitor = await openPage(browser, server.url);
    await visitor.goto(team.org.inviteUrl);
    await visitor.getByRole('heading', { name: 'Orbital Works' }).waitFor();
    const image = visitor.locator('.invite-card img.avatar');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(8);
    await visitor.context().close();
    await page.context().close();
  });

  it('the audit log says what happened in sentences, filters by action and offers the CSV', async () => {
    const page = await pageAs(team.owner, `/organizations/${team.org.id}/audit-log`);
    const list = page.getByRole('list', { name: 'Events, newest first' });
    await list.getByText('removed', { exact: false }).first().waitFor();
    await list.getByText('Olive Owner changed Mia Member’s role to admin').first().waitFor();
    expect(await list.textContent()).not.toMatch(/via:|hash:|bytes:|seatsUsed/);
    // The one organization header, as on every tab.
    await page
      .getByRole('navigation', { name: 'Organization' })
      .getByRole('link', { name: 'Audit log' })
      .waitFor();
    await page.getByRole('button', { name: 'Invite members' }).waitFor();
    await checkScreen(page, 'audit-log');
    await page.getByLabel('Show').selectOption('member.left');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await list.getByText('Lea Leaver').waitFor();
    expect(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      `/api/v1/organizations/${team.org.id}/audit-log.csv?action=member.left`,
    );
    await page.context().close();
  });

  it('transfer ownership and delete, each after a confirmation', async () => {
    const other = await createTeam(server.url, { seats: 4 });
    const page = await pageAs(other.owner, `/organizations/${other.org.id}/members`);
    await page.getByRole('button', { name: 'Manage Adam Admin' }).click();
    await page.getByRole('button', { name: /Make owner/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Make Adam Admin the owner?' });
    await confirm.getByRole('button', { name: 'Transfer ownership' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page
      .getByRole('row', { name: /Adam Admin/ })
      .getByText('Owner')
      .waitFor();
    await page.context().close();

    const newOwner = await pageAs(other.admin, `/organizations/${other.org.id}/settings`);
    const remove = newOwner.getByRole('button', { name: 'Delete organization' });
    expect(await remove.isDisabled()).toBe(true);
    await newOwner.getByLabel(/^Type “/).fill(other.org.name);
    await remove.click();
    await newOwner.getByText(`${other.org.name} was deleted.`).waitFor();
    await newOwner.context().close();
  });
});
