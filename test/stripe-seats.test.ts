import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from './support/client.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { eventsExpanded } from './support/outbox.ts';
import { seedUser, seedUsers } from './support/seed.ts';
import {
  type PaidOrganization,
  paidOrganization,
  type StripeWorld,
  seatsOf,
  startStripeWorld,
  waitForWorker,
} from './support/stripe-world.ts';
import { join } from './support/team.ts';

let world: StripeWorld;
beforeAll(async () => {
  world = await startStripeWorld();
});
afterAll(async () => {
  await world.close();
});
checkSeatInvariantAfterEach(() => world?.server.database.db);

const billing = (org: PaidOrganization) => `/api/v1/organizations/${org.id}/billing`;
const subscriptionUpdates = (org: PaidOrganization) =>
  world.fake.requests.filter(
    (r) => r.method === 'POST' && r.path === `/v1/subscriptions/${org.subscriptionId}`,
  );

async function paidTeam(seats: number, members: number) {
  const owner = await seedUser(world.server.url, { name: 'Olive Owner' });
  const org = await paidOrganization(world, owner, { seats });
  const people = await seedUsers(world.server.url, members);
  for (const person of people) await join(person, org);
  await waitForWorker(world.server);
  return { owner, org, people };
}

async function ask(person: SignedInUser, org: PaidOrganization) {
  const reply = await person.client.post(`${org.invitePath}/seat-request`);
  expect(reply.status, reply.text).toBe(201);
  return reply.body as { id: string };
}

describe('changing the seats of a paid organization', () => {
  it('the preview shows the prorated charge now and the new monthly price, and changes nothing', async () => {
    const { owner, org } = await paidTeam(3, 0);
    const preview = await owner.client.post(`${billing(org)}/seats/preview`, { seats: 5 });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body).toMatchObject({
      provider: 'stripe',
      change: 'raise',
      proposed: { total: 5, used: 1, available: 4 },
      recurring: { amount: 7500, currency: 'usd', interval: 'month' },
    });
    // Two more seats for (almost) the whole month just paid for: close to 2 × $15.
    expect(preview.body.amountDue.currency).toBe('usd');
    expect(preview.body.amountDue.amount).toBeGreaterThan(2900);
    expect(preview.body.amountDue.amount).toBeLessThanOrEqual(3000);
    const lower = await owner.client.post(`${billing(org)}/seats/preview`, { seats: 2 });
    expect(lower.body.amountDue.amount).toBeLessThan(0);
    expect(subscriptionUpdates(org)).toEqual([]);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 3, used: 1 });
  });

  it('raising is charged at Stripe first and applied once paid', async () => {
    const { owner, org } = await paidTeam(3, 0);
    const raised = await owner.client.put(`${billing(org)}/seats`, { seats: 5 });
    expect(raised.status, raised.text).toBe(200);
    expect(raised.body).toMatchObject({
      outcome: 'applied',
      billing: {
        provider: 'stripe',
        seats: { total: 5, used: 1, available: 4 },
        nextPayment: { amount: 7500 },
      },
    });
    expect(subscriptionUpdates(org).map((r) => r.body)).toEqual([
      expect.objectContaining({
        items: [expect.objectContaining({ quantity: '5' })],
        proration_behavior: 'always_invoice',
        payment_behavior: 'pending_if_incomplete',
      }),
    ]);
    expect(world.fake.subscription(org.subscriptionId)?.items.data[0]?.quantity).toBe(5);
    await waitForWorker(world.server);
    const log = await owner.client.get(`/api/v1/organizations/${org.id}/audit-log?action=seats.changed`);
    expect(log.body.events).toHaveLength(1);
    expect(log.body.events[0]).toMatchObject({
      actor: { id: owner.id },
      data: { seats: { from: 3, to: 5 } },
    });
  });

  it('a declined card leaves everything as it was and says the change waits for payment', async () => {
    const { owner, org } = await paidTeam(3, 0);
    world.fake.declinePayments(true);
    try {
      const raised = await owner.client.put(`${billing(org)}/seats`, { seats: 6 });
      expect(raised.status, raised.text).toBe(200);
      expect(raised.body).toMatchObject({
        outcome: 'pending-confirmation',
        billing: { seats: { total: 3 } },
      });
    } finally {
      world.fake.declinePayments(false);
    }
    await waitForWorker(world.server);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 3, used: 1 });
    expect(world.fake.subscription(org.subscriptionId)?.items.data[0]?.quantity).toBe(3);
    // Once the invoice is paid, Stripe applies the pending update and its event brings the seats.
    await world.fake.recoverPayment(org.subscriptionId);
    await waitForWorker(world.server);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 6, used: 1 });
  });

  it('lowering below the seats assigned is refused before Stripe is asked', async () => {
    const { owner, org } = await paidTeam(5, 3);
    const refused = await owner.client.put(`${billing(org)}/seats`, { seats: 2 });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({
      code: 'SEATS_BELOW_ASSIGNED',
      message: '4 seats are assigned; remove Plus from 2 members first.',
    });
    expect(subscriptionUpdates(org)).toEqual([]);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 5, used: 4 });
  });

  it('lowering takes the seats away in Roster first; if Stripe fails they come back and the owner is told', async () => {
    const { owner, org } = await paidTeam(6, 1);
    world.fake.failNext(
      { method: 'POST', pathPrefix: `/v1/subscriptions/${org.subscriptionId}` },
      500,
      {
        type: 'api_error',
        message: 'Something went wrong on our end.',
      },
      3,
    );
    const failed = await owner.client.put(`${billing(org)}/seats`, { seats: 4 });
    expect(failed.status).toBe(503);
    expect(failed.body.error.code).toBe('BILLING_PROVIDER_UNAVAILABLE');
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 6, used: 2 });
    expect(world.fake.subscription(org.subscriptionId)?.items.data[0]?.quantity).toBe(6);

    const lowered = await owner.client.put(`${billing(org)}/seats`, { seats: 4 });
    expect(lowered.status, lowered.text).toBe(200);
    expect(lowered.body).toMatchObject({ outcome: 'applied', billing: { seats: { total: 4, used: 2 } } });
    expect(world.fake.subscription(org.subscriptionId)?.items.data[0]?.quantity).toBe(4);
    expect(subscriptionUpdates(org).at(-1)?.body).toMatchObject({ proration_behavior: 'create_prorations' });
    await waitForWorker(world.server);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 4, used: 2 });
  });

  it('lowering races a join for the last free seat: one is refused, Stripe bills what Roster gives', async () => {
    for (let round = 0; round < 3; round++) {
      const { owner, org } = await paidTeam(3, 1);
      const [person] = await seedUsers(world.server.url, 1);
      const [lower, joined] = await Promise.all([
        owner.client.put(`${billing(org)}/seats`, { seats: 2 }),
        person!.client.post(`${org.invitePath}/join`),
      ]);
      expect(
        [lower.status === 200, joined.status === 201].filter(Boolean),
        `${lower.text} ${joined.text}`,
      ).toHaveLength(1);
      await waitForWorker(world.server);
      const seats = await seatsOf(world.server, org.id);
      expect(world.fake.subscription(org.subscriptionId)?.items.data[0]?.quantity).toBe(seats?.total);
    }
  });
});

describe('seat requests on a paid organization', () => {
  it('5 requests on a full organization, 3 seats bought: the first 3 join in order, 2 stay pending', async () => {
    const { owner, org } = await paidTeam(2, 1);
    const people = await seedUsers(world.server.url, 5);
    const requests = [];
    for (const person of people) requests.push(await ask(person, org));
    const preview = await owner.client.post(`${billing(org)}/seats/preview`, { seats: 5 });
    expect(preview.body).toMatchObject({ change: 'raise', admits: 3 });

    const raised = await owner.client.put(`${billing(org)}/seats`, { seats: 5 });
    expect(raised.status, raised.text).toBe(200);
    expect(raised.body).toMatchObject({
      outcome: 'applied',
      admitted: 3,
      billing: { seats: { total: 5, used: 5, available: 0 }, pendingRequests: 2 },
    });
    await eventsExpanded(world.server);
    for (const [i, person] of people.entries()) {
      const preview = await person.client.get(org.invitePath);
      expect(preview.body.viewer.state, `person ${i}`).toBe(i < 3 ? 'already_member' : 'request_pending');
      if (i < 3) {
        const notices = await person.client.get('/api/v1/notifications');
        expect(notices.body.notifications[0]).toMatchObject({ type: 'seat_request_admitted' });
      }
    }
    const waiting = await owner.client.get(`/api/v1/organizations/${org.id}/seat-requests`);
    expect(waiting.body.requests.map((r: { id: string }) => r.id)).toEqual([
      requests[3]!.id,
      requests[4]!.id,
    ]);
  });

  it('one paid step adds seats and admits the requests the owner chose, ahead of the queue (issue 17)', async () => {
    const { owner, org } = await paidTeam(2, 1);
    const people = await seedUsers(world.server.url, 3);
    const requests = [];
    for (const person of people) requests.push(await ask(person, org));
    const raised = await owner.client.put(`${billing(org)}/seats`, {
      seats: 3,
      admitFirst: [requests[2]!.id],
    });
    expect(raised.status, raised.text).toBe(200);
    expect(raised.body).toMatchObject({
      outcome: 'applied',
      admitted: 1,
      billing: { seats: { total: 3, used: 3 }, pendingRequests: 2 },
    });
    expect(world.fake.subscription(org.subscriptionId)?.items.data[0]?.quantity).toBe(3);
    const states = [];
    for (const person of people) states.push((await person.client.get(org.invitePath)).body.viewer.state);
    expect(states).toEqual(['request_pending', 'request_pending', 'already_member']);
  });

  it("seats added in Stripe's dashboard admit waiting requests too, and never oversell while admins admit by hand", async () => {
    for (let round = 0; round < 2; round++) {
      const { owner, org } = await paidTeam(2, 1);
      const people = await seedUsers(world.server.url, 4);
      const requests = [];
      for (const person of people) requests.push(await ask(person, org));
      const path = `/api/v1/organizations/${org.id}/seat-requests`;
      const [, ...replies] = await Promise.all([
        world.fake.updateSubscription(org.subscriptionId, { quantity: 4 }),
        owner.client.post(`${path}/${requests[3]!.id}/admit`),
        owner.client.post(`${path}/${requests[2]!.id}/admit`),
      ]);
      for (const reply of replies) {
        expect([200, 409], reply.text).toContain(reply.status);
        if (reply.status === 409) expect(reply.body.error.code).toBe('NO_SEATS_AVAILABLE');
      }
      await waitForWorker(world.server);
      expect(await seatsOf(world.server, org.id)).toEqual({ total: 4, used: 4 });
      const waiting = await owner.client.get(path);
      expect(waiting.body.requests).toHaveLength(2);
    }
  });
});
