import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailTo } from '../support/account-mail.ts';
import { createOrganization } from '../support/factories.ts';
import { expectSeatInvariant } from '../support/invariants.ts';
import { seedUser } from '../support/seed.ts';
import { startSmtpServer } from '../support/smtp.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { checkScreen, launchBrowser, openPage, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// Issue 16 item 4, in the browser: people a full organization turned away are counted in
// one notice to the owner (in the bell and by mail, read from a real SMTP capture) with
// Add seats, and each refusal is a sentence of the audit log.
let server: TestServer;
let browser: Browser;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  [server, browser] = await Promise.all([
    // The day's count goes out once its first refusal is two seconds old (an hour by default).
    startTestServer({ WEB_ROOT: await webRoot(), SMTP_URL: smtp.url, TURNED_AWAY_NOTICE_DELAY_SECONDS: '2' }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await releaseBrowser(browser);
  if (server) {
    await expectSeatInvariant(server.database.db);
    await server.close();
  }
  await smtp?.close();
});

describe('turned-away people, in the browser', () => {
  it('the owner is told how many could not join, adds seats from there, and reads each refusal in the audit log', async () => {
    const owner = await seedUser(server.url, { name: 'Olga Owner' });
    // One seat, the owner's: everyone else is turned away.
    const org = await createOrganization(owner, { name: 'Packed Hall', seats: 1 });
    const people = await Promise.all(
      ['Tom Turned', 'Tina Turned'].map((name) => seedUser(server.url, { name })),
    );
    for (const person of people) {
      const page = await openPage(browser, server.url, person.client, new URL(org.inviteUrl).pathname);
      await page.getByText('No seats left in Packed Hall.', { exact: false }).waitFor();
      expect((await person.client.post(`${org.invitePath}/join`)).status).toBe(409);
      await page.context().close();
    }

    const title = '2 people could not join Packed Hall: no seats were left';
    const mail = await mailTo(smtp.received, owner.email, new RegExp(`^${title}$`));
    const addSeats = /https?:\/\/\S+\/billing/.exec(mail.text)?.[0];
    expect(addSeats).toBe(`${server.url}/organizations/${org.id}/billing`);
    expect(mail.text).toContain('Add seats');

    const page = await openPage(browser, server.url, owner.client, '/organizations');
    await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    const notice = page
      .getByRole('dialog', { name: 'Notifications' })
      .getByRole('button', { name: new RegExp(title) });
    await notice.waitFor();
    await notice.click();
    await page.waitForURL(`**/organizations/${org.id}/members`);
    const banner = page.getByRole('region', { name: 'Out of seats' });
    await banner.getByRole('button', { name: 'Add seats' }).waitFor();
    await checkScreen(page, 'members-after-turned-away');

    // The mail's button opens the billing page, where seats are added.
    await page.goto(addSeats!);
    await page.getByRole('region', { name: 'Plan' }).getByRole('button', { name: 'Manage seats' }).waitFor();

    await page.goto(`/organizations/${org.id}/audit-log`);
    for (const person of people) {
      await page
        .getByText(`${person.name} opened the invite link and could not join`, { exact: false })
        .waitFor();
    }
    await checkScreen(page, 'audit-log-turned-away');
    await page.context().close();
  });
});
