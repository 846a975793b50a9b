import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/db/client.ts';
import { invitation } from '../../src/db/schema/invitations.ts';
import { mailTo } from '../support/account-mail.ts';
import type { SignedInUser } from '../support/client.ts';
import { createOrganization, type TestOrganization } from '../support/factories.ts';
import { expectSeatInvariant } from '../support/invariants.ts';
import { seedUser } from '../support/seed.ts';
import { startSmtpServer } from '../support/smtp.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { waitFor } from '../support/wait.ts';
import { checkScreen, launchBrowser, newContext, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// One story (issue 16, item 1): the owner pastes a batch, sees the seat warning, sends,
// and an invitee opens the mail read from a real SMTP capture and joins; the list follows.
let server: TestServer;
let browser: Browser;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let owner: SignedInUser;
let org: TestOrganization;
let ownerContext: BrowserContext;
let page: Page;
const orgName = 'Paper Planes';
const invited = 'ivy@planes.test';

beforeAll(async () => {
  smtp = await startSmtpServer();
  [server, browser] = await Promise.all([
    startTestServer({ WEB_ROOT: await webRoot(), SMTP_URL: smtp.url }),
    launchBrowser(),
  ]);
  owner = await seedUser(server.url, { name: 'Olga Owner' });
  // Three seats, one the owner's: two free for a batch that needs three.
  org = await createOrganization(owner, { name: orgName, seats: 3 });
  ownerContext = await newContext(browser, server.url, owner.client);
  page = await ownerContext.newPage();
});

afterAll(async () => {
  await releaseBrowser(browser);
  if (server) {
    await expectSeatInvariant(server.database.db);
    await server.close();
  }
  await smtp?.close();
});

describe('e-mail invitations, in the browser', () => {
  it('pastes a batch, sees the seat warning, sends, and the invitee opens the mail and joins', async () => {
    const plus = await seedUser(server.url, { name: 'Paul Plus', email: 'paul@planes.test' });
    await server.database.db.insert(schema.personalPlus).values({ userId: plus.id });

    await page.goto(`/organizations/${org.id}/members`);
    await page.getByRole('button', { name: 'Invite members' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Invite people by e-mail' }).click();
    // The one organization header (decision 0032), on the Invitations tab.
    await page.getByRole('heading', { name: orgName, level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByText('Invitations', { exact: true })
      .waitFor();

    await page
      .getByLabel('Addresses')
      .fill(
        [
          invited,
          'Paul Plus,paul@planes.test',
          'max@planes.test',
          'nina@planes.test',
          'not an address',
          invited,
        ].join('\n'),
      );
    await page.getByRole('button', { name: 'Check addresses' }).click();
    const summary = page.getByTestId('batch-summary');
    await summary.getByText('4 addresses to invite').waitFor();
    await expect
      .poll(() => page.getByTestId('batch-seats').textContent())
      .toBe('2 of 3 seats free. 1 address already has Plus and will take no seat; the batch needs 3 seats.');
    const warning = page.getByTestId('seat-warning');
    await warning
      .getByText(
        'This batch needs 3 seats but only 2 are free: 1 person could not join until seats are added.',
      )
      .waitFor();
    expect(await warning.getByRole('button', { name: 'Add seats' }).isVisible()).toBe(true);
    await summary.getByText('Line 5:').waitFor();
    await summary.getByText('Already on line 1 of this batch.').waitFor();
    await checkScreen(page, 'invitations-checked');

    await summary.getByRole('button', { name: 'Send 4 invitations' }).click();
    await page.getByText('Sent 4 invitations.').waitFor();
    await expect.poll(() => page.getByTestId('invitation-row').count()).toBe(4);

    // The invitee reads the mail and opens its link.
    const mail = await mailTo(smtp.received, invited, /Olga Owner invites you to join Paper Planes/);
    const link = /https?:\/\/\S+\/join\/\S+/.exec(mail.text)?.[0] ?? '';
    expect(link).toContain('?i=');
    const ivy = await seedUser(server.url, { name: 'Ivy Invited', email: invited });
    const ivyContext = await newContext(browser, server.url, ivy.client);
    const ivyPage = await ivyContext.newPage();
    await ivyPage.goto(link);
    const row = page.getByTestId('invitation-row').filter({ hasText: invited });
    // Marked after the preview's answer, and expanded after the join's commit: wait for the
    // row to change, then look at the page (which otherwise refreshes every 15 s).
    const statusIs = (status: string) =>
      waitFor(
        async () => {
          const [found] = await server.database.db
            .select({ status: invitation.status })
            .from(invitation)
            .where(eq(invitation.email, invited));
          return found?.status === status;
        },
        { what: `the invitation ${status}` },
      );
    await statusIs('opened');
    await page.reload();
    await row.getByText('Opened', { exact: true }).waitFor();

    await ivyPage.getByRole('button', { name: `Join ${orgName}` }).click();
    await ivyPage.getByText(`Welcome to ${orgName}!`).waitFor();
    await ivyContext.close();
    await statusIs('joined');
    await page.reload();
    await row.getByText('Joined', { exact: true }).waitFor();

    // Resending within a day asks first.
    const max = page.getByTestId('invitation-row').filter({ hasText: 'max@planes.test' });
    await max.getByRole('button', { name: 'Resend the invitation to max@planes.test' }).click();
    await max.getByText('Sent less than a day ago. Send again?').waitFor();
    await max.getByRole('button', { name: 'Send again' }).click();
    await max.getByText(/\(2 times\)/).waitFor();
    await expect
      .poll(() => smtp.received.filter((m) => m.to.includes('max@planes.test')).length, { timeout: 10_000 })
      .toBe(2);
    await checkScreen(page, 'invitations-list');
  });

  it('an uploaded file: formula cells and control characters are listed with why; 10,000 lines or 300 KB are refused with a message', async () => {
    const upload = (name: string, content: string | Buffer) =>
      page.getByLabel('Or upload a CSV file').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: typeof content === 'string' ? Buffer.from(content) : content,
      });
    const check = page.getByRole('button', { name: 'Check addresses' });
    const summary = page.getByTestId('batch-summary');

    await upload(
      'people.csv',
      [
        'name,email',
        'Quinn,quinn@planes.test',
        '=HYPERLINK("http://evil.example","click"),x@planes.test',
        'bell\u0007@planes.test',
      ].join('\n'),
    );
    await check.click();
    await summary.getByText('1 address to invite').waitFor();
    await summary
      .getByText('Starts with =, +, - or @ like a spreadsheet formula; not sent.', { exact: false })
      .waitFor();
    // The control character is shown as �, never as it was.
    await summary.getByText('bell\ufffd@planes.test').waitFor();
    await checkScreen(page, 'invitations-upload-report');

    await upload('many.csv', Array.from({ length: 10_000 }, (_, n) => `p${n}@x.io`).join('\n'));
    await check.click();
    await page
      .getByRole('alert')
      .getByText('At most 500 addresses at a time; this batch has 10000 lines.', { exact: false })
      .waitFor();
    expect(await summary.count()).toBe(0);

    await upload('huge.csv', Buffer.alloc(300 * 1024, 'a'));
    await page.getByRole('alert').getByText('huge.csv is larger than 256 KB', { exact: false }).waitFor();
    await checkScreen(page, 'invitations-upload-refused');
    // Nothing of these was sent.
    expect(smtp.received.some((m) => m.to.includes('quinn@planes.test'))).toBe(false);
  });

  it('after a link reset, the pending invitations need the new link and are resent all at once', async () => {
    const reset = await owner.client.post(`/api/v1/organizations/${org.id}/invite-link/regenerate`);
    expect(reset.status).toBe(200);
    await page.reload();
    const banner = page.getByTestId('needs-new-link');
    await banner
      .getByText('The invite link was reset: 3 invitations carry the old link, which no longer works.')
      .waitFor();
    await expect.poll(() => page.getByText('Needs the new link').count()).toBe(3);
    await checkScreen(page, 'invitations-needs-new-link');
    await banner.getByRole('button', { name: 'Resend all with the new link' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    const nina = () => smtp.received.filter((m) => m.to.includes('nina@planes.test'));
    await expect.poll(() => nina().length, { timeout: 10_000 }).toBe(2);
    expect(nina()[1]?.text).toContain(reset.body.url);
  });

  it('a long list shows the newest 50 and the rest on asking, with how many there are', async () => {
    // 60 more written straight in, older than the story's four.
    const base = Date.now() - 86_400_000;
    await server.database.db.insert(invitation).values(
      Array.from({ length: 60 }, (_, n) => ({
        organizationId: org.id,
        email: `old-${String(n).padStart(2, '0')}@planes.test`,
        invitedBy: owner.id,
        linkVersion: 2,
        sentAt: new Date(base + n * 1000),
      })),
    );
    await page.reload();
    const rows = page.getByTestId('invitation-row');
    await expect.poll(() => rows.count()).toBe(50);
    await page
      .getByTestId('invitations-shown')
      .getByText('Showing the newest 50 of 64 invitations.')
      .waitFor();
    await page.getByRole('button', { name: 'Show older invitations' }).click();
    await expect.poll(() => rows.count()).toBe(64);
    expect(await page.getByTestId('invitations-shown').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Show older invitations' }).count()).toBe(0);
    // The oldest is last.
    await rows.last().getByText('old-00@planes.test').waitFor();
    await checkScreen(page, 'invitations-all-pages');
  });
});
