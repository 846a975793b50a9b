import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn, mailTo } from '../support/account-mail.ts';
import type { SignedInUser } from '../support/client.ts';
import { createOrganization } from '../support/factories.ts';
import { expectSeatInvariant } from '../support/invariants.ts';
import { DEFAULT_PASSWORD, seedUser } from '../support/seed.ts';
import { startSmtpServer } from '../support/smtp.ts';
import { createTeam } from '../support/team.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { checkScreen, launchBrowser, newContext, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// Accounts in the browser, with mail read from a real SMTP server: a colleague verifies and
// joins through a domain-restricted link, a forgotten password is replaced, an account is
// deleted and its seat goes back.
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpServer();
  [server, browser] = await Promise.all([
    startTestServer({ WEB_ROOT: await webRoot(), SMTP_URL: smtp.url }),
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

async function pageAs(user: SignedInUser | null, path: string): Promise<Page> {
  const page = await (await newContext(browser, server.url, user?.client)).newPage();
  await page.goto(path);
  return page;
}

describe('accounts in the browser', () => {
  it('an allowed-domain link admits a colleague once they verify their address', async () => {
    const owner = await seedUser(server, { name: 'Olive Owner' });
    const org = await createOrganization(owner, { name: 'Acme Robotics' });
    const settings = await owner.client.patch(`/api/v1/organizations/${org.id}/invite-link`, {
      allowedDomains: ['acme.test'],
    });
    expect(settings.status).toBe(200);

    const page = await pageAs(null, org.inviteUrl);
    await page.getByRole('link', { name: 'Create account' }).click();
    await page.getByLabel('Name').fill('Cleo Colleague');
    await page.getByLabel('E-mail address').fill('cleo@acme.test');
    await page.getByLabel('Password').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    // Back on the invite: not yet, and it says where the link went.
    await page.getByText('Check your inbox at cleo@acme.test').waitFor();
    expect(page.url()).toBe(org.inviteUrl);
    expect(await page.getByRole('button', { name: /Join/ }).count()).toBe(0);
    const sent = smtp.received.length;
    await page.getByRole('button', { name: 'Resend the e-mail' }).click();
    await page.getByText('We sent a new link to cleo@acme.test').waitFor();
    await checkScreen(page, 'invite-check-inbox');

    const mail = await mailTo(smtp.received, 'cleo@acme.test', /Verify your e-mail address/, sent);
    const link = linkIn(mail, '/verify-email');
    await page.goto(link.href);
    const join = page.getByRole('button', { name: 'Join Acme Robotics' });
    await join.waitFor();
    expect(page.url()).toBe(org.inviteUrl);
    await join.click();
    await page.getByText('Welcome to Acme Robotics!').waitFor();

    // The same link again: its own page, and nothing changes.
    await page.goto(link.href);
    await page.getByRole('heading', { name: 'This link was used already' }).waitFor();
    await checkScreen(page, 'verify-link-used');
    await page.context().close();
  });

  it('a forgotten password: a mail, a new password, signed in here and out everywhere else', async () => {
    const person = await seedUser(server, { name: 'Pat Forgetful' });
    const elsewhere = await pageAs(person, '/organizations');
    await elsewhere.getByRole('heading', { name: 'My organizations' }).waitFor();

    const page = await pageAs(null, '/sign-in');
    await page.getByLabel('E-mail address').fill(person.email);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    expect(await page.getByLabel('E-mail address').inputValue()).toBe(person.email);
    await checkScreen(page, 'forgot-password');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await checkScreen(page, 'forgot-password-sent');

    const mail = await mailTo(smtp.received, person.email, /Choose a new password/);
    const link = linkIn(mail, '/reset-password');
    await page.goto(link.href);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await checkScreen(page, 'reset-password');
    await page.getByLabel('New password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { name: 'Your password is changed' }).waitFor();
    await checkScreen(page, 'reset-password-done');
    await page.getByRole('link', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'My organizations' }).waitFor();

    await elsewhere.reload();
    await expect.poll(() => new URL(elsewhere.url()).pathname).toBe('/sign-in');

    // Used once: the same link again says so, and offers a new one.
    await page.goto(link.href);
    await page.getByLabel('New password').fill('and yet another one');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { name: "This reset link doesn't work" }).waitFor();
    await checkScreen(page, 'reset-link-invalid');
    await page.context().close();
    await elsewhere.context().close();
  });

  it('deleting an account frees its seat and tells the admins', async () => {
    const team = await createTeam(server.url, { seats: 5 });
    const owner = await pageAs(team.owner, `/organizations/${team.org.id}/members`);
    await owner.getByRole('row', { name: /Mia Member/ }).waitFor();
    expect(await owner.getByTestId('seats-used').textContent()).toBe('3');

    const page = await pageAs(team.member, '/organizations');
    // The account menu in the header: name → account settings, notification settings, sign out.
    await page.getByRole('button', { name: /^Mia Member ?, account menu$/ }).click();
    const menu = page.getByRole('navigation', { name: 'Your account' });
    await menu.getByRole('link', { name: 'Notification settings' }).waitFor();
    await menu.getByRole('button', { name: 'Sign out' }).waitFor();
    await checkScreen(page, 'account-menu');
    await menu.getByRole('link', { name: 'Account settings' }).click();
    await page.getByRole('heading', { name: 'Your account', exact: true }).waitFor();
    await page.getByText('You have Plus through a seat in').waitFor();
    await checkScreen(page, 'account');
    await page.getByLabel('Your password, to confirm').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('Your account was deleted.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await expect.poll(() => owner.getByTestId('seats-used').textContent(), { timeout: 5_000 }).toBe('2');
    await owner.getByRole('button', { name: /^Notifications/ }).click();
    await owner.getByText('Mia Member left Acme: they deleted their Roster account').waitFor();
    await page.context().close();
    await owner.context().close();
  });

  it('an owner is told to hand over first, with links to the organizations', async () => {
    const owner = await seedUser(server, { name: 'Ola Owner' });
    await createOrganization(owner, { name: 'Keepers' });
    const page = await pageAs(owner, '/settings/account');
    await page.getByText('Transfer ownership to another member').waitFor();
    const danger = page.getByRole('region', { name: 'Delete your account' });
    await danger.getByRole('link', { name: 'Keepers' }).waitFor();
    expect(await page.getByRole('button', { name: 'Delete my account' }).count()).toBe(0);
    await checkScreen(page, 'account-owner');
    await page.context().close();
  });
});
