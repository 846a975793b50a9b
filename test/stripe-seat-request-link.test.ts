import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from './support/client.ts';
import { operator } from './support/client.ts';
import { paths } from './support/factories.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUser, seedUsers } from './support/seed.ts';
import {
  type PaidOrganization,
  paidOrganization,
  type StripeWorld,
  seatsOf,
  startStripeWorld,
  waitForSeats,
  waitForWorker,
} from './support/stripe-world.ts';
import { TEST_API_KEY } from './support/test-server.ts';

/**
 * Issue 14, item 6, on the paths where Stripe adds the seats: its webhook, reconciliation
 * and a completed checkout admit waiting requests only through the link as it is now.
 */
let world: StripeWorld;
beforeAll(async () => {
  world = await startStripeWorld();
});
afterAll(async () => {
  await world.close();
});
checkSeatInvariantAfterEach(() => world?.server.database.db);

async function ask(person: SignedInUser, invitePath: string) {
  const reply = await person.client.post(`${invitePath}/seat-request`);
  expect(reply.status, reply.text).toBe(201);
  return reply.body as { id: string };
}

/** A full paid organization (the owner holds its one seat), one request through the old link, then a reset and one through the new. */
async function resetAfterRequests() {
  const owner = await seedUser(world.server.url, { name: 'Olive Owner' });
  const org = await paidOrganization(world, owner, { seats: 1 });
  const [leaked, current] = await seedUsers(world.server.url, 2);
  await ask(leaked!, org.invitePath);
  const reset = await owner.client.post(`/api/v1/organizations/${org.id}/invite-link/regenerate`);
  expect(reset.status, reset.text).toBe(200);
  await ask(current!, paths(reset.body.url).invitePath);
  return { owner, org, leaked: leaked!, current: current! };
}

async function members(owner: SignedInUser, org: PaidOrganization) {
  const list = await owner.client.get(`/api/v1/organizations/${org.id}/members`);
  return list.body.members.map((m: { user: { id: string } }) => m.user.id) as string[];
}

describe('seats added through Stripe admit only requests the link still admits', () => {
  it("a raise in Stripe's dashboard (webhook) admits the request made through the current link, not the reset one", async () => {
    const { owner, org, leaked, current } = await resetAfterRequests();
    await world.fake.updateSubscription(org.subscriptionId, { quantity: 3 });
    await waitForSeats(world.server, org.id, 3);
    await waitForWorker(world.server);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 3, used: 2 });
    const ids = await members(owner, org);
    expect(ids).toContain(current.id);
    expect(ids).not.toContain(leaked.id);
  });

  it('reconciliation repairing a lost raise admits the same way', async () => {
    const { owner, org, leaked, current } = await resetAfterRequests();
    // A sync still queued from the checkout would fetch the raise and apply it before reconciliation.
    await waitForWorker(world.server);
    world.fake.setWebhookUrl(null);
    try {
      await world.fake.updateSubscription(org.subscriptionId, { quantity: 3 });
    } finally {
      world.fake.setWebhookUrl(`${world.server.url}/api/v1/billing/stripe/webhook`);
    }
    const run = await operator(world.server.url, TEST_API_KEY).post('/api/v1/admin/billing/reconcile');
    expect(run.status, run.text).toBe(200);
    expect(run.body.report.repaired).toContainEqual(
      expect.objectContaining({ organizationId: org.id, seats: { from: 1, to: 3 } }),
    );
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 3, used: 2 });
    const ids = await members(owner, org);
    expect(ids).toContain(current.id);
    expect(ids).not.toContain(leaked.id);
  });

  it('subscribing again after the subscription ended admits through the current link only', async () => {
    const owner = await seedUser(world.server.url, { name: 'Olive Owner' });
    const org = await paidOrganization(world, owner, { seats: 2 });
    await world.fake.cancelSubscription(org.subscriptionId);
    await waitForSeats(world.server, org.id, 0);
    await waitForWorker(world.server);
    const [leaked, current] = await seedUsers(world.server.url, 2);
    await ask(leaked!, org.invitePath);
    const pause = await owner.client.patch(`/api/v1/organizations/${org.id}/invite-link`, { paused: true });
    expect(pause.status, pause.text).toBe(200);
    await owner.client.patch(`/api/v1/organizations/${org.id}/invite-link`, { paused: false });
    await ask(current!, org.invitePath);

    const again = await owner.client.post(`/api/v1/organizations/${org.id}/billing/checkout`, { seats: 3 });
    expect(again.status, again.text).toBe(201);
    const paid = await fetch(again.body.url, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    const done = await owner.client.get(`/api/v1/billing/checkout/${again.body.id}`);
    expect(done.body.status, done.text).toBe('completed');
    await waitForWorker(world.server);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 3, used: 1 });
    const ids = await members(owner, org);
    expect(ids).toContain(current!.id);
    expect(ids).not.toContain(leaked!.id);
  });
});
