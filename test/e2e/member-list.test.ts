import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseAllSeats } from '../../src/core/billing/release-all-seats.ts';
import { lockOrganization } from '../../src/core/seats/lock-organization.ts';
import type { SignedInUser } from '../support/client.ts';
import { expectSeatInvariant } from '../support/invariants.ts';
import { seedUser } from '../support/seed.ts';
import { createTeam, join, type Team } from '../support/team.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { checkScreen, DESKTOP, launchBrowser, openPage, PHONE, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// Issue 17: the member list's filters, sorts, bulk actions and export, giving seats back
// after a subscription ends, and the audit log's sentences and filters, in the browser.
let server: TestServer;
let browser: Browser;
let team: Team;
const people: Record<string, SignedInUser> = {};

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ WEB_ROOT: await webRoot() }), launchBrowser()]);
  team = await createTeam(server.url, { seats: 10 });
  for (const name of ['Ann Lee', 'Ben Ode', 'Cy Park', 'Dee Ray']) {
    people[name] = await seedUser(server.url, { name });
    await join(people[name]!, team.org);
  }
});

afterAll(async () => {
  await releaseBrowser(browser);
  if (server) {
    await expectSeatInvariant(server.database.db);
    await server.close();
  }
});

const membersPage = (user: SignedInUser) =>
  openPage(browser, server.url, user.client, `/organizations/${team.org.id}/members`);

describe('the member list', () => {
  it('filters and sorts on the server, and changes several people at once', async () => {
    const page = await membersPage(team.owner);
    await page.getByText('Showing 1–7 of 7').waitFor();
    await page.getByLabel('Role').selectOption('admin');
    await page.getByText('Showing 1–1 of 1').waitFor();
    await page.getByRole('row', { name: /Adam Admin/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      `/api/v1/organizations/${team.org.id}/members.csv?role=admin&order=asc`,
    );
    await page.getByLabel('Role').selectOption('');
    await page.getByLabel('Sort by').selectOption('name.desc');
    const rows = page.locator('.member-table tbody tr');
    await expect.poll(() => rows.first().getByRole('rowheader').textContent()).toContain('Olive Owner');

    // "Manage" says where the person stands before offering changes.
    await page.getByRole('button', { name: 'Manage Cy Park' }).click();
    const manage = page.getByRole('dialog', { name: 'Manage Cy Park' });
    await manage.getByText('Cy Park is a member with a Plus seat.').waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('checkbox', { name: 'Select Ann Lee' }).check();
    await page.getByRole('checkbox', { name: 'Select Ben Ode' }).check();
    const bulk = page.getByRole('region', { name: 'Selected members' });
    await bulk.getByText('2 members selected').waitFor();
    await checkScreen(page, 'members-bulk');
    await bulk.getByRole('button', { name: 'Take Plus seats (2)' }).click();
    await bulk.getByText('2 members no longer hold a seat.').waitFor();
    await page.getByLabel('Plus', { exact: true }).selectOption('none');
    await page.getByText('Showing 1–2 of 2').waitFor();
    await page.getByRole('row', { name: /Ann Lee/ }).waitFor();
    await page.getByRole('row', { name: /Ben Ode/ }).waitFor();
    // On a phone the rows are cards, and select-all says what it does in words.
    await page.setViewportSize(PHONE);
    const everyone = page.getByText('Select everyone on this page');
    expect((await everyone.boundingBox())!.width).toBeGreaterThan(100);
    await page.getByRole('checkbox', { name: 'Select everyone on this page' }).check();
    await bulk.getByText('2 members selected').waitFor();
    await checkScreen(page, 'members-select-all-phone');
    await page.setViewportSize(DESKTOP);
    await bulk.getByRole('button', { name: 'Give Plus seats (2)' }).click();
    await bulk.getByText('2 members now have Plus.').waitFor();
    await page.getByText('No member matches these filters.').waitFor();
    await page.context().close();
  });

  it('a bulk change that one person blocks changes nobody, and says who', async () => {
    const page = await membersPage(team.admin);
    await page.getByRole('checkbox', { name: 'Select Dee Ray' }).check();
    await page.getByRole('checkbox', { name: 'Select Cy Park' }).check();
    // Meanwhile the owner makes Dee an admin: an admin may not remove another admin.
    expect(
      (await team.owner.client.patch(team.memberPath(people['Dee Ray']!), { role: 'admin' })).status,
    ).toBe(200);
    await page
      .getByRole('region', { name: 'Selected members' })
      .getByRole('button', { name: 'Remove…' })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Remove 2 members?' });
    await confirm.getByRole('button', { name: 'Remove 2 members' }).click();
    await confirm
      .getByRole('alert')
      .getByText('Nothing was changed. Dee Ray: Only the owner can remove an admin.')
      .waitFor();
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('row', { name: /Cy Park/ }).waitFor();
    await page.getByRole('row', { name: /Dee Ray/ }).waitFor();
    await page.context().close();
  });

  it('after a subscription ends and comes back, seats go back in one step', async () => {
    const db = server.database.db;
    await db.transaction(async (tx) => {
      await releaseAllSeats(tx, await lockOrganization(tx, team.org.id), {
        status: 'canceled',
        provider: 'stripe',
      });
    });
    const page = await membersPage(team.owner);
    const offer = page.getByRole('region', { name: 'Seats to give back' });
    await offer.getByText('7 members had Plus before the subscription ended').waitFor();
    await offer.getByText('Add 7 more seats to give them all back.').waitFor();
    expect(await offer.getByRole('button', { name: 'Give 7 seats back' }).isDisabled()).toBe(true);
    // The subscription comes back with ten seats.
    await db.execute(sql`UPDATE organization SET seats = 10 WHERE id = ${team.org.id}`);
    await page.reload();
    await offer.getByText('Give their seats back in one step.').waitFor();
    await checkScreen(page, 'members-restore');
    await offer.getByRole('button', { name: 'Give 7 seats back' }).click();
    await page.getByText('7 members have their Plus seat back.').waitFor();
    await expect.poll(() => page.getByTestId('seats-available').textContent()).toBe('3');
    await page.context().close();
  });
});

describe('the audit log', () => {
  it('reads as sentences with exact times, and filters by person and days', async () => {
    const page = await openPage(
      browser,
      server.url,
      team.owner.client,
      `/organizations/${team.org.id}/audit-log`,
    );
    const list = page.getByRole('list', { name: 'Events, newest first' });
    await list.getByText('Olive Owner changed Dee Ray’s role to admin').waitFor();
    await list.getByText('Ann Lee joined through the invite link and took a Plus seat').waitFor();
    await list
      .getByText('Olive Owner gave Plus seats back to 7 members who had them before the subscription ended')
      .waitFor();
    expect(await list.textContent()).not.toMatch(/via:|hash:|bytes:|invite_link|seatsUsed/);
    const time = list.locator('time').first();
    expect(await time.getAttribute('title')).toMatch(/\d{1,2}:\d\d:\d\d/);

    await page.getByLabel('Person').fill('Ann');
    await page.getByRole('button', { name: 'Ann Lee' }).click();
    await page.getByText('Person:').waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    await list.getByText('Olive Owner took Ann Lee’s Plus seat').waitFor();
    expect(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      `/api/v1/organizations/${team.org.id}/audit-log.csv?person=${people['Ann Lee']!.id}`,
    );
    await checkScreen(page, 'audit-log-person');
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByLabel('From').fill(tomorrow);
    await page.getByText('No events match these filters.').waitFor();
    await page.getByRole('button', { name: 'Show everyone' }).click();
    await page.getByLabel('From').fill('');
    await list.getByText('Olive Owner changed Dee Ray’s role to admin').waitFor();
    await page.context().close();
  });
});
