import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkInsights } from '../../src/contracts/link-insights.ts';
import { createOrganization } from '../support/factories.ts';
import { expectSeatInvariant } from '../support/invariants.ts';
import { seedUser } from '../support/seed.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { waitFor } from '../support/wait.ts';
import {
  checkScreen,
  expectAccessible,
  launchBrowser,
  newContext,
  openPage,
  releaseBrowser,
} from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// Issue 16 item 3: the invite modal shows how the link did — opened, signed up from it,
// joined, turned away and why — with two weeks as a chart.
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ WEB_ROOT: await webRoot() }), launchBrowser()]);
});

afterAll(async () => {
  await releaseBrowser(browser);
  if (server) {
    await expectSeatInvariant(server.database.db);
    await server.close();
  }
});

describe('link insights, in the browser', () => {
  it('a newcomer signs up from the link and joins, another finds no seat; the owner sees both in the invite modal', async () => {
    const owner = await seedUser(server.url, { name: 'Olga Owner' });
    // The owner holds one of the two seats: the newcomer takes the last.
    const org = await createOrganization(owner, { name: 'Lighthouse', seats: 2 });

    const newcomer = await newContext(browser, server.url);
    const page = await newcomer.newPage();
    await page.goto(org.inviteUrl);
    await page.getByRole('heading', { name: 'Lighthouse' }).waitFor();
    await page.getByRole('link', { name: 'Create account' }).click();
    await page.getByLabel('Name').fill('Nora Newcomer');
    await page.getByLabel('E-mail address').fill('nora@lighthouse.test');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('button', { name: 'Join Lighthouse' }).click();
    await page.getByText('Welcome to Lighthouse!').waitFor();
    await newcomer.close();

    const late = await seedUser(server.url, { name: 'Lars Late' });
    const latePage = await openPage(browser, server.url, late.client, new URL(org.inviteUrl).pathname);
    await latePage.getByText('No seats left in Lighthouse.', { exact: false }).waitFor();
    await latePage.context().close();

    // Counts are written a few milliseconds after the fact.
    await waitFor(
      async () => {
        const { versions } = (await owner.client.get(`/api/v1/organizations/${org.id}/invite-link/insights`))
          .body as LinkInsights;
        const [current] = versions;
        return (
          current && current.joined === 1 && current.opened.people === 2 && current.turnedAway.noSeats === 1
        );
      },
      { what: 'the insights to be written' },
    );

    const ownerPage = await openPage(browser, server.url, owner.client, `/organizations/${org.id}/members`);
    await ownerPage.getByRole('button', { name: 'Invite members' }).click();
    const modal = ownerPage.getByRole('dialog', { name: 'Invite members to Lighthouse' });
    await modal.getByText('Link insights').click();
    const stats = modal.getByTestId('link-insights');
    await stats.waitFor();
    const figures = async () =>
      Object.fromEntries(
        await stats
          .locator('div')
          .evaluateAll((divs) =>
            divs.map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]),
          ),
      );
    expect(await figures()).toEqual({
      'opened it': '2',
      'signed up from it': '1',
      joined: '1',
      'turned away': '1',
    });
    expect(await modal.getByRole('list', { name: 'Why people were turned away' }).textContent()).toBe(
      'No seat left: 1 person',
    );
    // Nora opened it signed out before she had an account.
    await modal
      .getByText('Visits while signed out: 1 (each address once a day).', { exact: false })
      .waitFor();
    const chart = modal.getByRole('img', { name: /^Last 14 days, .*: 2 opened, 1 joined\.$/ });
    await chart.waitFor();
    // The screenshots show the modal's viewport: bring the insights into it.
    await chart.scrollIntoViewIfNeeded();
    await checkScreen(ownerPage, 'invite-modal-insights');

    // A reset starts a new version with nothing counted; the earlier one stays to be chosen.
    await modal.getByRole('button', { name: 'Reset link…' }).click();
    await modal.getByRole('button', { name: 'Reset link', exact: true }).click();
    await modal.getByText('New link created. The old link no longer works.').waitFor();
    const which = modal.getByLabel('Link', { exact: true });
    await which.waitFor();
    expect(await which.locator('option').allTextContents()).toEqual([
      expect.stringMatching(/^Current link \(from .+\)$/),
      'Link 1, before a reset',
    ]);
    await expect
      .poll(() => figures())
      .toEqual({
        'opened it': '0',
        'signed up from it': '0',
        joined: '0',
        'turned away': '0',
      });
    await which.selectOption({ label: 'Link 1, before a reset' });
    await expect.poll(async () => (await figures()).joined).toBe('1');
    await expectAccessible(ownerPage, 'the insights of an earlier link');
    await ownerPage.context().close();
  });
});
