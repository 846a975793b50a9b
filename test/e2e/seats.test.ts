import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator, type SignedInUser } from '../support/client.ts';
import { createOrganization, type TestOrganization } from '../support/factories.ts';
import { expectSeatInvariant } from '../support/invariants.ts';
import { seedUser } from '../support/seed.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/test-server.ts';
import { checkScreen, launchBrowser, newContext, releaseBrowser } from './support/browser.ts';
import { webRoot } from './support/web-root.ts';

// One story: a full organization, an invitee waiting on the invite page, the owner adding
// seats from the invite modal's "No seats left", and seat requests admitted or declined.
let server: TestServer;
let browser: Browser;
let owner: SignedInUser;
let org: TestOrganization;
let ownerContext: BrowserContext;
let ownerPage: Page;
const orgName = 'Full House';

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ WEB_ROOT: await webRoot() }), launchBrowser()]);
  owner = await seedUser(server.url, { name: 'Olga Owner' });
  // One seat, taken by the owner: the organization is full from the start.
  org = await createOrganization(owner, { name: orgName, seats: 1 });
  ownerContext = await newContext(browser, server.url, owner.client);
  ownerPage = await ownerContext.newPage();
});

afterAll(async () => {
  await releaseBrowser(browser);
  if (server) {
    await expectSeatInvariant(server.database.db);
    await server.close();
  }
});

async function invitee(name: string) {
  const person = await seedUser(server.url, { name });
  const context = await newContext(browser, server.url, person.client);
  const page = await context.newPage();
  await page.goto(org.inviteUrl);
  return { person, context, page };
}

describe('seats and seat requests, in the browser', () => {
  it('the owner raises seats from the invite modal\'s "No seats left", and a waiting invitee can then join', async () => {
    const waiting = await invitee('Wanda Waiting');
    // The one thing to do comes first and names who will be told; there is no dead Join.
    await waiting.page
      .getByText(`No seats left in ${orgName}. Request one and Olga Owner, the owner, will be told`, {
        exact: false,
      })
      .waitFor();
    await waiting.page.getByRole('button', { name: 'Request a seat' }).waitFor();
    expect(await waiting.page.getByRole('button', { name: `Join ${orgName}` }).count()).toBe(0);

    await ownerPage.goto(`/organizations/${org.id}/members`);
    await ownerPage.getByRole('button', { name: 'Invite members' }).click();
    const modal = ownerPage.getByRole('dialog');
    await modal.getByText('No seats left').waitFor();
    await modal.getByRole('button', { name: 'Manage seats' }).click();

    const seats = ownerPage.getByRole('dialog', { name: 'Manage seats' });
    await seats.getByLabel('Number of seats').fill('2');
    await seats.getByRole('button', { name: 'Review' }).click();
    const review = ownerPage.getByRole('dialog', { name: 'Review the seat change' });
    await review.getByText('1 more seat, in effect at once.').waitFor();
    await review.getByText('No charge').waitFor();
    await checkScreen(ownerPage, 'manage-seats-review');
    await review.getByRole('button', { name: 'Add 1 seat' }).click();
    await ownerPage.getByText('Seats updated: 2 in total, 1 available.').waitFor();
    await checkScreen(ownerPage, 'manage-seats-done');
    await ownerPage.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => ownerPage.getByTestId('seats-total').textContent()).toBe('2');

    // The invitee's open page catches up live and lets them join.
    const join = waiting.page.getByRole('button', { name: `Join ${orgName}` });
    await expect.poll(() => join.isEnabled(), { timeout: 5_000 }).toBe(true);
    await join.click();
    await waiting.page.getByText(`Welcome to ${orgName}!`).waitFor();
    await waiting.context.close();
  });

  it('lowering below the seats assigned shows the refusal as the server wrote it', async () => {
    await ownerPage.getByRole('button', { name: 'Manage seats' }).click();
    const seats = ownerPage.getByRole('dialog', { name: 'Manage seats' });
    await seats.getByLabel('Number of seats').fill('1');
    await seats.getByRole('button', { name: 'Review' }).click();
    await seats
      .getByRole('alert')
      .getByText('2 seats are assigned; remove Plus from 1 member first.')
      .waitFor();
    await checkScreen(ownerPage, 'manage-seats-refused');
    await seats.getByRole('button', { name: 'Cancel' }).click();
    await ownerPage.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('a full organization: the invitee requests a seat, the owner admits one request and declines another', async () => {
    const first = await invitee('Rita Requester');
    await first.page.getByRole('button', { name: 'Request a seat' }).click();
    await first.page.getByRole('status').getByText('Requested').waitFor();
    await first.page.getByText('Olga Owner, the owner, has been told.', { exact: false }).waitFor();
    await first.page.getByRole('button', { name: 'Withdraw request' }).waitFor();
    await checkScreen(first.page, 'invite-request-pending');
    const second = await invitee('Dan Declined');
    await second.page.getByRole('button', { name: 'Request a seat' }).click();
    await second.page.getByRole('button', { name: 'Withdraw request' }).waitFor();

    await ownerPage.reload();
    const section = ownerPage.getByRole('region', { name: 'Waiting for a seat (2)' });
    await section.getByText('Rita Requester').waitFor();
    await checkScreen(ownerPage, 'members-seat-requests');
    // No seat is free: the banner says so in words, and Admit says what it will do.
    const banner = ownerPage.getByRole('region', { name: 'Out of seats' });
    await banner.getByText('2 people waiting').waitFor();
    await banner.getByRole('button', { name: 'Add seats' }).waitFor();
    await section.getByText('No seat is free: Admit adds a seat and lets the person in at once.').waitFor();
    await section.getByRole('button', { name: 'Add a seat and admit Rita Requester' }).waitFor();
    await section.getByRole('button', { name: 'Decline Dan Declined' }).click();
    await ownerPage.getByRole('region', { name: 'Waiting for a seat (1)' }).waitFor();

    // Adding a seat lets the first in line in: the banner's Add seats suggests enough for them.
    await banner.getByText('1 person waiting').waitFor();
    await banner.getByRole('button', { name: 'Add seats' }).click();
    const seats = ownerPage.getByRole('dialog', { name: 'Manage seats' });
    expect(await seats.getByLabel('Number of seats').inputValue()).toBe('3');
    await seats.getByRole('button', { name: 'Review' }).click();
    const review = ownerPage.getByRole('dialog', { name: 'Review the seat change' });
    await review
      .getByText('1 person waiting for a seat will join, first come, first served.', { exact: false })
      .waitFor();
    await review.getByRole('button', { name: 'Add 1 seat' }).click();
    await ownerPage.getByText('1 waiting person was let in.', { exact: false }).waitFor();
    await ownerPage.getByRole('button', { name: 'Done' }).click();
    await ownerPage.getByRole('row', { name: /Rita Requester/ }).waitFor();
    expect(await ownerPage.getByRole('region', { name: /Waiting for a seat/ }).count()).toBe(0);

    await first.page.reload();
    await first.page.getByText(`You’re already a member of ${orgName}`, { exact: false }).waitFor();
    await second.page.reload();
    await second.page.getByRole('button', { name: 'Request a seat' }).waitFor();
    await first.context.close();
    await second.context.close();
    // Two people, two pages and two screens checked at two widths: slow on a loaded machine.
  }, 120_000);

  it('several waiting and no seat free: the owner picks two, and one step adds their seats and lets exactly them in', async () => {
    const people = [];
    for (const name of ['Ava First', 'Bo Second', 'Cleo Third']) {
      const person = await invitee(name);
      await person.page.getByRole('button', { name: 'Request a seat' }).click();
      await person.page.getByRole('button', { name: 'Withdraw request' }).waitFor();
      people.push(person);
    }
    // An admin cannot add seats: Admit says it cannot work yet, and who can.
    const admin = await seedUser(server.url, { name: 'Ada Admin' });
    const plus = await operator(server.url, TEST_API_KEY).put(`/api/v1/users/${admin.id}/plus`, {
      active: true,
    });
    expect(plus.status).toBe(200);
    expect((await admin.client.post(`${org.invitePath}/join`)).status).toBe(201);
    const members = `/api/v1/organizations/${org.id}/members`;
    expect((await owner.client.patch(`${members}/${admin.id}`, { role: 'admin' })).status).toBe(200);
    const adminContext = await newContext(browser, server.url, admin.client);
    const adminPage = await adminContext.newPage();
    await adminPage.goto(`/organizations/${org.id}/members`);
    const adminView = adminPage.getByRole('region', { name: 'Waiting for a seat (3)' });
    await adminView
      .getByText('No seat is free, so Admit cannot let anyone in yet. Ask the owner', { exact: false })
      .waitFor();
    expect(await adminView.getByRole('button', { name: 'Admit Ava First' }).isDisabled()).toBe(true);
    await adminView.getByRole('checkbox', { name: 'Select everyone waiting' }).check();
    await adminView.getByText('No seat is free: ask the owner to add seats.').waitFor();
    await adminPage
      .getByRole('region', { name: 'Out of seats' })
      .getByText('Only the owner can add seats', { exact: false })
      .waitFor();
    await adminContext.close();

    await ownerPage.reload();
    const section = ownerPage.getByRole('region', { name: 'Waiting for a seat (3)' });
    await section.getByRole('checkbox', { name: 'Select Bo Second' }).check();
    await section.getByRole('checkbox', { name: 'Select Cleo Third' }).check();
    const chosen = section.getByRole('region', { name: 'Selected requests' });
    await chosen.getByText('2 people selected').waitFor();
    await chosen.getByRole('button', { name: 'Add 2 seats and admit 2' }).click();

    const dialog = ownerPage.getByRole('dialog', { name: 'Admit 2 people' });
    await dialog
      .getByText(
        'No seat is free: this adds 2 seats (5 in total) and lets Bo Second and Cleo Third in at once',
        {
          exact: false,
        },
      )
      .waitFor();
    await dialog.getByText('No charge: seats cost your organization nothing.').waitFor();
    await checkScreen(ownerPage, 'members-admit-with-seats');
    await dialog.getByRole('button', { name: 'Add 2 seats and admit 2' }).click();
    await dialog.getByText('Bo Second and Cleo Third were let in. Seats: 5 in total, 0 available.').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await ownerPage.getByRole('row', { name: /Bo Second/ }).waitFor();
    await ownerPage.getByRole('row', { name: /Cleo Third/ }).waitFor();
    // The first in line was not chosen: still waiting, with the one-step Admit of their own.
    const left = ownerPage.getByRole('region', { name: 'Waiting for a seat (1)' });
    await left.getByRole('button', { name: 'Add a seat and admit Ava First' }).waitFor();
    await left.getByRole('button', { name: 'Decline Ava First' }).click();
    await expect.poll(() => ownerPage.getByRole('region', { name: /Waiting for a seat/ }).count()).toBe(0);
    for (const person of people) await person.context.close();
  }, 120_000);

  it('a link that requires approval: the invitee asks to join, the owner approves, and they are in', async () => {
    const roomy = await createOrganization(owner, { name: 'Approval Club', seats: 5 });
    const settings = `/api/v1/organizations/${roomy.id}/invite-link`;
    expect((await owner.client.patch(settings, { requiresApproval: true })).status).toBe(200);
    const person = await seedUser(server.url, { name: 'Aria Asking' });
    const context = await newContext(browser, server.url, person.client);
    const page = await context.newPage();
    await page.goto(roomy.inviteUrl);
    await page.getByText('Approval Club lets each person in itself').waitFor();
    await checkScreen(page, 'invite-approval-required');
    await page.getByRole('button', { name: 'Ask to join' }).click();
    await page.getByRole('status').getByText('Requested').waitFor();
    await page.getByText('Olga Owner, the owner, and the admins have been told.', { exact: false }).waitFor();

    // The owner is told in the bell; the notice opens the members page, where they approve.
    const managerPage = await ownerContext.newPage();
    await managerPage.goto('/organizations');
    await managerPage.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    await managerPage
      .getByRole('dialog', { name: 'Notifications' })
      .getByRole('button', { name: /Aria Asking asks to join Approval Club/ })
      .click();
    await managerPage.waitForURL(`**/organizations/${roomy.id}/members`);
    const asking = managerPage.getByRole('region', { name: 'Asking to join (1)' });
    await asking.getByText('Aria Asking').waitFor();
    await asking.getByText('The invite link asks you to approve each person', { exact: false }).waitFor();
    await checkScreen(managerPage, 'members-asking-to-join');
    await asking.getByRole('button', { name: 'Approve Aria Asking' }).click();
    await managerPage.getByRole('row', { name: /Aria Asking/ }).waitFor();
    expect(await managerPage.getByRole('region', { name: /Asking to join/ }).count()).toBe(0);
    await page.reload();
    await page.getByText('You’re already a member of Approval Club', { exact: false }).waitFor();
    await context.close();

    // Approved straight from the bell: the same guarded admission, and a second click is told why not.
    const bea = await seedUser(server.url, { name: 'Bea Bell' });
    expect((await bea.client.post(`${roomy.invitePath}/seat-request`)).status).toBe(201);
    await managerPage.reload();
    await managerPage.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    const panel = managerPage.getByRole('dialog', { name: 'Notifications' });
    await panel.getByRole('button', { name: 'Approve Bea Bell' }).waitFor();
    await checkScreen(managerPage, 'bell-asking-to-join');
    await panel.getByRole('button', { name: 'Approve Bea Bell' }).click();
    await panel.getByRole('status').getByText('Bea Bell is in.').waitFor();
    const members = (await owner.client.get(`/api/v1/organizations/${roomy.id}/members`)).body.members;
    expect(members.find((m: { user: { id: string } }) => m.user.id === bea.id)).toMatchObject({
      seat: 'plus',
    });
    // Aria's notice, already decided on the members page: its Approve answers with the reason.
    await panel.getByRole('button', { name: 'Approve Aria Asking' }).click();
    await panel.getByRole('alert').getByText('already admitted or declined', { exact: false }).waitFor();
    await managerPage.close();
    // Three people, three pages and three screens checked at two widths: slow on a loaded machine.
  }, 120_000);

  it('a request can be withdrawn from the invite page, and asked again', async () => {
    const person = await invitee('Walt Withdrawn');
    await person.page.getByRole('button', { name: 'Request a seat' }).click();
    await person.page.getByRole('button', { name: 'Withdraw request' }).click();
    await person.page.getByRole('button', { name: 'Request a seat' }).waitFor();
    expect((await owner.client.get(`/api/v1/organizations/${org.id}/seat-requests`)).body.requests).toEqual(
      [],
    );
    await person.context.close();
  });
});
