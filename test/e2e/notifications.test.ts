import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../support/factories.ts';
import { seedUser } from '../support/seed.ts';
import { join } from '../support/team.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { checkScreen, DESKTOP, launchBrowser, openPage, PHONE, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// The bell and the notification settings, against the notifications API and its live stream.
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ WEB_ROOT: await webRoot() }), launchBrowser()]);
});

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

describe('notifications in the browser', () => {
  it('the bell counts a join live, lists it, and marks it read', async () => {
    const owner = await seedUser(server.url, { name: 'Nora Owner' });
    const org = await createOrganization(owner, { name: 'Bellworks', seats: 3 });
    const page = await openPage(browser, server.url, owner.client);
    await page.goto(`/organizations/${org.id}/members`);
    const bell = page.getByRole('button', { name: /^Notifications/ });
    await bell.waitFor();
    expect(await page.getByTestId('unread-count').count()).toBe(0);

    await join(await seedUser(server.url, { name: 'Jo Joiner' }), org);
    await page.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 5_000 });
    await bell.click();
    const dialog = page.getByRole('dialog', { name: 'Notifications' });
    await dialog.getByText('Jo Joiner joined Bellworks.', { exact: false }).waitFor();
    // A panel anchored under the bell, not a centred modal: its top is just below the bell.
    const [bellBox, panelBox] = await Promise.all([bell.boundingBox(), dialog.boundingBox()]);
    expect(panelBox!.y).toBeGreaterThanOrEqual(bellBox!.y + bellBox!.height);
    expect(panelBox!.y).toBeLessThan(bellBox!.y + bellBox!.height + 20);
    expect(panelBox!.x + panelBox!.width).toBeLessThanOrEqual(bellBox!.x + bellBox!.width + 1);
    await checkScreen(page, 'notifications');
    await dialog.getByRole('button', { name: 'Mark all as read' }).click();
    await dialog.getByRole('button', { name: 'Mark all as read' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await page.context().close();
  });

  it('notification settings save each switch at once', async () => {
    const person = await seedUser(server.url);
    const page = await openPage(browser, server.url, person.client);
    await page.goto('/settings/notifications');
    const box = page.getByRole('checkbox', { name: 'Someone left an organization you run: by e-mail' });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await page.getByText('Saved.').waitFor();
    await page.getByRole('heading', { name: 'Organizations you run' }).waitFor();
    await page.getByRole('heading', { name: 'Your membership' }).waitFor();
    // The setting sits under its group's table.
    await page
      .getByRole('table', { name: 'Organizations you run' })
      .getByRole('checkbox', { name: 'Someone left an organization you run: by e-mail' })
      .waitFor();
    await checkScreen(page, 'notification-settings');
    // On a phone each column heading is there in full, over its own column of boxes.
    await page.setViewportSize(PHONE);
    const table = page.getByRole('table', { name: 'Your membership' });
    for (const [heading, channel] of [
      ['In Roster', 'in Roster'],
      ['E-mail', 'by e-mail'],
    ] as const) {
      const header = table.getByRole('columnheader', { name: heading, exact: true });
      const column = (await header.boundingBox())!;
      expect(await header.evaluate((th) => th.scrollWidth <= th.clientWidth)).toBe(true);
      expect(column.x + column.width).toBeLessThanOrEqual(PHONE.width);
      const cell = (await table
        .getByRole('checkbox', { name: `Your role changed: ${channel}` })
        .boundingBox())!;
      expect(cell.x).toBeGreaterThanOrEqual(column.x);
      expect(cell.x + cell.width).toBeLessThanOrEqual(column.x + column.width);
    }
    await page.setViewportSize(DESKTOP);
    // The way back: a breadcrumb to the account and the organizations.
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Your account' })
      .click();
    await page.getByRole('heading', { name: 'Your account', exact: true }).waitFor();
    const saved = await person.client.get('/api/v1/me/notification-preferences');
    expect(saved.body.member_left).toEqual({ inApp: true, email: true });
    await page.context().close();
  });
});
