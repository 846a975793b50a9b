import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../support/factories.ts';
import { expectSeatInvariant } from '../support/invariants.ts';
import { seedUser } from '../support/seed.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { checkScreen, launchBrowser, openPage, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// Issue 16 item 5: an owner writes what invitees read; the invite page shows it, with the
// operator's list of Plus benefits, to a signed-out and a signed-in visitor alike.
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ WEB_ROOT: await webRoot(), PLUS_BENEFITS: 'Unlimited projects|Priority support' }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await releaseBrowser(browser);
  if (server) {
    await expectSeatInvariant(server.database.db);
    await server.close();
  }
});

describe('context on the invite page, in the browser', () => {
  it('the owner sets a description and welcome message; the invite page shows them with the benefits', async () => {
    const owner = await seedUser(server.url, { name: 'Olga Owner' });
    const org = await createOrganization(owner, { name: 'Comet Club' });
    const settings = await openPage(browser, server.url, owner.client, `/organizations/${org.id}/settings`);
    await settings.getByLabel('Description').fill('We build small rockets.\n<b>Not bold</b>');
    await settings.getByLabel('Welcome message').fill('Say hi in the lobby.');
    await settings.getByRole('button', { name: 'Save description and welcome' }).click();
    await settings.getByText('Description and welcome message saved.').waitFor();
    await checkScreen(settings, 'settings-for-invitees');

    // Too long is refused in the page, with the server's own message.
    await settings.getByLabel('Description').evaluate((el) => el.removeAttribute('maxlength'));
    await settings.getByLabel('Description').fill('a'.repeat(501));
    await settings.getByRole('button', { name: 'Save description and welcome' }).click();
    await expect
      .poll(() => settings.getByRole('alert').textContent())
      .toBe('description must be at most 500 characters');

    for (const viewer of [undefined, (await seedUser(server.url, { name: 'Ivy Invitee' })).client]) {
      const page = await openPage(
        browser,
        server.url,
        viewer,
        org.invitePath.replace('/api/v1/invites', '/join'),
      );
      await page.getByRole('heading', { name: 'Comet Club' }).waitFor();
      // Shown as text: the markup is visible as written, not rendered.
      await page.getByText('<b>Not bold</b>', { exact: false }).waitFor();
      expect(await page.locator('.invite-card b').count()).toBe(0);
      const benefits = page.getByRole('region', { name: 'What Plus gives you' });
      expect(await benefits.getByRole('listitem').allTextContents()).toEqual([
        'Unlimited projects',
        'Priority support',
      ]);
      await checkScreen(page, viewer ? 'invite-context-signed-in' : 'invite-context-signed-out');
      if (viewer) {
        // Joined: the welcome says the organization's own words, as text.
        await page.getByRole('button', { name: 'Join Comet Club' }).click();
        await page.getByText('Welcome to Comet Club!').waitFor();
        expect(await page.getByTestId('welcome-message').textContent()).toBe('Say hi in the lobby.');
        await checkScreen(page, 'welcome-with-message');
      }
      await page.context().close();
    }
  });
});
