import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../src/contracts/errors.ts';
import { applySubscription } from '../src/core/billing/apply-subscription.ts';
import { reconcileBilling } from '../src/core/billing/reconcile-billing.ts';
import { rows } from '../src/db/rows.ts';
import { createStripeBilling } from '../src/integrations/billing/stripe-billing.ts';
import { operator, type SignedInUser } from './support/client.ts';
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
import { join } from './support/team.ts';
import { TEST_API_KEY } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

let world: StripeWorld;
beforeAll(async () => {
  world = await startStripeWorld();
});
afterAll(async () => {
  await world.close();
});
checkSeatInvariantAfterEach(() => world?.server.database.db);

const webhookUrl = () => `${world.server.url}/api/v1/billing/stripe/webhook`;

async function team(seats: number, members: number) {
  const owner = await seedUser(world.server.url, { name: 'Olive Owner' });
  const org = await paidOrganization(world, owner, { seats });
  const people = await seedUsers(world.server.url, members);
  for (const person of people) await join(person, org);
  await waitForWorker(world.server);
  return { owner, org, people };
}

async function auditActions(owner: SignedInUser, org: PaidOrganization, action: string) {
  const log = await owner.client.get(`/api/v1/organizations/${org.id}/audit-log?action=${action}`);
  return log.body.events as { actor: { id: string } | null; data: Record<string, unknown> }[];
}

describe('the Stripe webhook endpoint', () => {
  it('refuses a forged, unsigned or stale event with 400 and takes in nothing', async () => {
    const { owner, org } = await team(3, 0);
    world.fake.holdWebhooks(true);
    const event = await world.fake.updateSubscription(org.subscriptionId, { quantity: 9 });
    world.fake.holdWebhooks(false);

    const forged = await world.fake.deliver(event.id, { secret: 'whsec_not_the_real_one' });
    expect(forged.status).toBe(400);
    expect(JSON.parse(forged.body).error.code).toBe('WEBHOOK_SIGNATURE_INVALID');

    const body = JSON.stringify(event);
    const unsigned = await fetch(webhookUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(unsigned.status).toBe(400);
    // Signed correctly, but ten minutes ago: a replay from a captured request.
    const stale = Stripe.webhooks.generateTestHeaderString({
      payload: body,
      secret: world.fake.webhookSecret,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    const old = await fetch(webhookUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': stale },
      body,
    });
    expect(old.status).toBe(400);
    // A byte changed after signing.
    const header = Stripe.webhooks.generateTestHeaderString({
      payload: body,
      secret: world.fake.webhookSecret,
    });
    const tampered = await fetch(webhookUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      body: body.replace('"quantity":9', '"quantity":99'),
    });
    expect(tampered.status).toBe(400);

    const [taken] = await rows<{ n: number }>(
      world.server.database.db,
      sql`SELECT count(*)::int AS n FROM billing_event WHERE id = ${event.id}`,
    );
    expect(taken?.n).toBe(0);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 3, used: 1 });
    expect(await auditActions(owner, org, 'seats.changed')).toEqual([]);

    // The genuine delivery goes through.
    const genuine = await world.fake.deliver(event.id);
    expect(genuine.status).toBe(200);
    expect(JSON.parse(genuine.body)).toEqual({ received: true, duplicate: false });
    await waitForSeats(world.server, org.id, 9);
  });

  it('hostile bodies and signatures, signed or not, get a 4xx with the error shape and take in nothing', async () => {
    const countEvents = async () =>
      (
        await rows<{ n: number }>(world.server.database.db, sql`SELECT count(*)::int AS n FROM billing_event`)
      )[0]?.n;
    const before = await countEvents();
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      // Shapes a careless handler would trip on: no type, no data, data.object not an object.
      fc.constantFrom(
        '{}',
        '{"id":"evt_1"}',
        '{"id":"evt_2","type":"customer.subscription.updated"}',
        '{"id":"evt_3","type":"customer.subscription.updated","data":{"object":null}}',
        '[]',
        'null',
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), fc.string(), async (payload, signIt, header) => {
        const signature = signIt
          ? Stripe.webhooks.generateTestHeaderString({ payload, secret: world.fake.webhookSecret })
          : header;
        const reply = await fetch(webhookUrl(), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(signature ? { 'stripe-signature': signature } : {}),
          },
          body: payload,
        });
        expect(reply.status, payload).toBeGreaterThanOrEqual(400);
        expect(reply.status, payload).toBeLessThan(500);
        expect(errorBodySchema.safeParse(await reply.json()).success).toBe(true);
      }),
      { numRuns: 150 },
    );
    expect(await countEvents()).toBe(before);
  });

  it('a replayed event is answered duplicate and has no second effect', async () => {
    const { owner, org } = await team(3, 0);
    const event = await world.fake.updateSubscription(org.subscriptionId, { quantity: 6 });
    await waitForSeats(world.server, org.id, 6);
    await waitForWorker(world.server);
    for (let i = 0; i < 3; i++) {
      const replay = await world.fake.deliver(event.id);
      expect(replay.status).toBe(200);
      expect(JSON.parse(replay.body)).toEqual({ received: true, duplicate: true });
    }
    await waitForWorker(world.server);
    const changes = await auditActions(owner, org, 'seats.changed');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      actor: null,
      data: { seats: { from: 3, to: 6 }, provider: 'stripe' },
    });
  });

  it('events delivered out of order leave the latest state: quantity 5 then 8 arrive as 8, 5', async () => {
    const { org } = await team(3, 0);
    world.fake.holdWebhooks(true);
    const toFive = await world.fake.updateSubscription(org.subscriptionId, { quantity: 5 });
    const toEight = await world.fake.updateSubscription(org.subscriptionId, { quantity: 8 });
    world.fake.holdWebhooks(false);
    expect((await world.fake.deliver(toEight.id)).status).toBe(200);
    expect((await world.fake.deliver(toFive.id)).status).toBe(200);
    await waitForWorker(world.server);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 8, used: 1 });
  });

  it('a deletion delivered before an older update still ends the subscription', async () => {
    const { owner, org, people } = await team(4, 2);
    world.fake.holdWebhooks(true);
    const raised = await world.fake.updateSubscription(org.subscriptionId, { quantity: 6 });
    const deleted = await world.fake.cancelSubscription(org.subscriptionId);
    world.fake.holdWebhooks(false);
    expect((await world.fake.deliver(deleted.id)).status).toBe(200);
    expect((await world.fake.deliver(raised.id)).status).toBe(200);
    await waitForWorker(world.server);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 0, used: 0 });
    const billing = await owner.client.get(`/api/v1/organizations/${org.id}/billing`);
    // Seats paid for last are kept to suggest when subscribing again.
    expect(billing.body).toMatchObject({
      status: 'canceled',
      nextPayment: null,
      seats: { total: 0 },
      paidSeats: 6,
    });
    expect(await auditActions(owner, org, 'billing.subscription_ended')).toHaveLength(1);
    for (const person of people) {
      const me = await person.client.get('/api/v1/me');
      expect(me.body.plus).toMatchObject({ active: false });
    }
  });
});

describe('subscription changes made in Stripe', () => {
  it('a quantity changed in the dashboard shows up in Roster, announced with Stripe as the source', async () => {
    const hook = await startWebhookReceiver();
    const created = await operator(world.server.url, TEST_API_KEY).post('/api/v1/webhooks', {
      url: hook.url,
      eventTypes: ['seats.changed'],
    });
    expect(created.status).toBe(201);
    try {
      const { owner, org } = await team(3, 0);
      await world.fake.updateSubscription(org.subscriptionId, { quantity: 10 });
      await waitForSeats(world.server, org.id, 10);
      const billing = await owner.client.get(`/api/v1/organizations/${org.id}/billing`);
      expect(billing.body).toMatchObject({
        seats: { total: 10, used: 1, available: 9 },
        nextPayment: { amount: 15000 },
      });
      await waitFor(() => hook.deliveries.some((d) => d.body.includes(org.id)), {
        what: 'the seats.changed webhook',
      });
      const sent = hook.deliveries
        .map((d) => JSON.parse(d.body))
        .find((e) => e.data.organizationId === org.id);
      expect(sent).toMatchObject({
        type: 'seats.changed',
        data: { seats: 10, previousSeats: 3, provider: 'stripe', changedBy: null },
      });
    } finally {
      await operator(world.server.url, TEST_API_KEY).delete(`/api/v1/webhooks/${created.body.id}`);
      await hook.close();
    }
  });

  it('set to cancel at the end of the period in the portal: seats stay until then, no next payment, the end date shown', async () => {
    const { owner, org } = await team(3, 1);
    await world.fake.updateSubscription(org.subscriptionId, { cancelAtPeriodEnd: true });
    await waitFor(
      async () => (await owner.client.get(`/api/v1/organizations/${org.id}/billing`)).body.cancelAtPeriodEnd,
      { what: 'cancelAtPeriodEnd' },
    );
    const billing = await owner.client.get(`/api/v1/organizations/${org.id}/billing`);
    const periodEnd = world.fake.subscription(org.subscriptionId)?.items.data[0]?.current_period_end;
    expect(billing.body).toMatchObject({
      status: 'active',
      nextPayment: null,
      periodEndsAt: new Date((periodEnd ?? 0) * 1000).toISOString(),
      seats: { total: 3, used: 2 },
    });
  });

  it('lowered in the dashboard below the seats assigned: nobody loses Plus, no more join, and the drift is reported', async () => {
    const { owner, org, people } = await team(6, 3);
    await world.fake.updateSubscription(org.subscriptionId, { quantity: 2 });
    await waitForWorker(world.server);
    // Four seats are assigned; Roster keeps them but lets nobody else in.
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 4, used: 4 });
    const billing = await owner.client.get(`/api/v1/organizations/${org.id}/billing`);
    expect(billing.body.drift).toBe(
      'Stripe bills 2 seats but 4 are assigned: remove Plus from 2 members or add seats.',
    );
    const [late] = await seedUsers(world.server.url, 1);
    const refused = await late!.client.post(`${org.invitePath}/join`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('NO_SEATS_AVAILABLE');
    const report = await operator(world.server.url, TEST_API_KEY).post('/api/v1/admin/billing/reconcile');
    expect(report.body.report.drift).toContainEqual({ organizationId: org.id, message: billing.body.drift });

    // The owner settles it: two seats removed, and the next sync clears the drift.
    for (const person of people.slice(0, 2)) {
      const removed = await owner.client.patch(`/api/v1/organizations/${org.id}/members/${person.id}`, {
        seat: 'none',
      });
      expect(removed.status, removed.text).toBe(200);
    }
    await operator(world.server.url, TEST_API_KEY).post('/api/v1/admin/billing/reconcile');
    expect((await owner.client.get(`/api/v1/organizations/${org.id}/billing`)).body).toMatchObject({
      drift: null,
      seats: { total: 2, used: 2 },
    });
  });

  it('canceled: every seat is released in one go, members stay, lose Plus and are told; webhooks say so', async () => {
    const hook = await startWebhookReceiver();
    const created = await operator(world.server.url, TEST_API_KEY).post('/api/v1/webhooks', {
      url: hook.url,
      eventTypes: ['seat.released', 'seats.changed'],
    });
    try {
      const { owner, org, people } = await team(5, 3);
      await world.fake.cancelSubscription(org.subscriptionId);
      await waitForSeats(world.server, org.id, 0);
      await waitForWorker(world.server);
      expect(await seatsOf(world.server, org.id)).toEqual({ total: 0, used: 0 });
      const members = await owner.client.get(`/api/v1/organizations/${org.id}/members`);
      expect(members.body.members).toHaveLength(4);
      expect(members.body.members.every((m: { seat: string }) => m.seat === 'none')).toBe(true);
      for (const person of [owner, ...people]) {
        const notices = await person.client.get('/api/v1/notifications');
        expect(notices.body.notifications[0]).toMatchObject({
          type: 'subscription_ended',
          title: `The subscription of ${org.name} ended: its Plus seats were released`,
        });
        const entitlements = await operator(world.server.url, TEST_API_KEY).get(
          `/api/v1/users/${person.id}/entitlements`,
        );
        expect(entitlements.body.plus.active).toBe(false);
      }
      const sent = () =>
        hook.deliveries.map((d) => JSON.parse(d.body)).filter((e) => e.data.organizationId === org.id);
      await waitFor(() => sent().filter((e) => e.type === 'seat.released').length === 4, {
        what: 'four seat.released webhooks',
      });
      // The count goes to zero, from the provider that ended it (it was hard-coded before).
      await waitFor(() => sent().some((e) => e.type === 'seats.changed'), { what: 'seats.changed' });
      expect(sent().filter((e) => e.type === 'seats.changed')).toEqual([
        expect.objectContaining({
          data: {
            organizationId: org.id,
            seats: 0,
            seatsUsed: 0,
            previousSeats: 5,
            provider: 'stripe',
            changedBy: null,
          },
        }),
      ]);
      // Someone new who opens the link is told there are no seats; the owner can subscribe again.
      const [late] = await seedUsers(world.server.url, 1);
      const preview = await late!.client.get(org.invitePath);
      expect(preview.body).toMatchObject({
        seats: { total: 0, available: 0 },
        viewer: { state: 'no_seats' },
      });
      const again = await owner.client.post(`/api/v1/organizations/${org.id}/billing/checkout`, { seats: 2 });
      expect(again.status, again.text).toBe(201);
      expect(again.body).toMatchObject({ kind: 'resubscribe', organizationId: org.id });
      const paid = await fetch(again.body.url, { method: 'POST', redirect: 'manual' });
      expect(paid.status).toBe(303);
      expect((await owner.client.get(`/api/v1/billing/checkout/${again.body.id}`)).body.status).toBe(
        'completed',
      );
      expect((await owner.client.get(`/api/v1/organizations/${org.id}/billing`)).body).toMatchObject({
        status: 'active',
        seats: { total: 2, used: 0, available: 2 },
      });
    } finally {
      await operator(world.server.url, TEST_API_KEY).delete(`/api/v1/webhooks/${created.body.id}`);
      await hook.close();
    }
  });

  it('a failed payment keeps the seats through the grace period and tells the owner by when to pay', async () => {
    const { owner, org, people } = await team(3, 1);
    await world.fake.failPayment(org.subscriptionId);
    await waitFor(
      async () =>
        (await owner.client.get(`/api/v1/organizations/${org.id}/billing`)).body.status === 'past_due',
      {
        what: 'past due',
      },
    );
    // The notice is the event's, expanded after commit.
    await waitForWorker(world.server);
    const billing = await owner.client.get(`/api/v1/organizations/${org.id}/billing`);
    expect(billing.body.seats).toEqual({ total: 3, used: 2, available: 1 });
    const graceDays = (Date.parse(billing.body.graceEndsAt) - Date.now()) / 86_400_000;
    expect(graceDays).toBeGreaterThan(6.9);
    expect(graceDays).toBeLessThanOrEqual(7);
    const notices = await owner.client.get('/api/v1/notifications');
    expect(notices.body.notifications[0]).toMatchObject({
      type: 'payment_failed',
      title: `A payment for ${org.name} failed: update the payment method by ${billing.body.graceEndsAt.slice(0, 10)} or its Plus seats will be released`,
    });
    // Audited once, by Roster (no person failed it), with the end of the grace period.
    const failed = await auditActions(owner, org, 'billing.payment_failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ actor: null, data: { until: billing.body.graceEndsAt } });
    // No new seats while the payment is past due.
    const raise = await owner.client.put(`/api/v1/organizations/${org.id}/billing/seats`, { seats: 5 });
    expect(raise.status).toBe(409);
    expect(raise.body.error.code).toBe('PAYMENT_PAST_DUE');
    expect((await people[0]!.client.get('/api/v1/me')).body.plus.active).toBe(true);

    // Paid after all: active again, nothing was released.
    await world.fake.recoverPayment(org.subscriptionId);
    await waitFor(
      async () =>
        (await owner.client.get(`/api/v1/organizations/${org.id}/billing`)).body.status === 'active',
      {
        what: 'active again',
      },
    );
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 3, used: 2 });
  });
});

describe('grace periods and repairs', () => {
  it('past due beyond the grace period: the seats are released (BILLING_GRACE_DAYS=0)', async () => {
    const strict = await startStripeWorld({ BILLING_GRACE_DAYS: '0' });
    try {
      const owner = await seedUser(strict.server.url, { name: 'Gus Grace' });
      const org = await paidOrganization(strict, owner, { seats: 3 });
      await strict.fake.failPayment(org.subscriptionId);
      await waitForSeats(strict.server, org.id, 0, 'seats released after the grace period');
      expect((await owner.client.get(`/api/v1/organizations/${org.id}/billing`)).body.status).toBe(
        'past_due',
      );
    } finally {
      await strict.close();
    }
  });

  it('a state fetched before the one applied last is stale and changes nothing (regression: a slow sync undid a cancellation)', async () => {
    const { owner, org } = await team(3, 1);
    const payments = createStripeBilling({
      secretKey: world.fake.secretKey,
      priceId: world.fake.priceId,
      webhookSecret: world.fake.webhookSecret,
      apiUrl: world.fake.url,
    });
    // A worker fetches the subscription while it is active, and is slow to apply it…
    const stale = await payments.getSubscription(org.subscriptionId);
    // …meanwhile it is canceled, and that newer state is applied first.
    await world.fake.cancelSubscription(org.subscriptionId);
    await waitForSeats(world.server, org.id, 0);
    await waitForWorker(world.server);
    const applied = await applySubscription(world.server.database.db, stale, {
      context: { provider: 'stripe', graceDays: 7 },
    });
    expect(applied).toEqual({ seats: null, admitted: 0, drift: null });
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 0, used: 0 });
    expect((await owner.client.get(`/api/v1/organizations/${org.id}/billing`)).body.status).toBe('canceled');
  });

  it('reconciliation runs on one instance at a time, once per interval, whoever knocks', async () => {
    const payments = createStripeBilling({
      secretKey: world.fake.secretKey,
      priceId: world.fake.priceId,
      webhookSecret: world.fake.webhookSecret,
      apiUrl: world.fake.url,
    });
    const context = { provider: 'stripe' as const, graceDays: 7 };
    const db = world.server.database.db;
    // Due now (an operator run leaves the lease free), then three workers knock at once.
    await operator(world.server.url, TEST_API_KEY).post('/api/v1/admin/billing/reconcile');
    const knocks = await Promise.all(
      [1, 2, 3].map(() => reconcileBilling(db, payments, { context, everyMs: 3_600_000 })),
    );
    expect(knocks.filter((report) => report !== null)).toHaveLength(1);
    // Not due again for an hour.
    expect(await reconcileBilling(db, payments, { context, everyMs: 3_600_000 })).toBeNull();
    const last = await operator(world.server.url, TEST_API_KEY).get('/api/v1/admin/billing/reconciliation');
    expect(last.body.report).toEqual(knocks.find((report) => report !== null));
  });

  it('reconciliation repairs seats that drifted from what Stripe bills (a lost webhook, a crash) and says what it did', async () => {
    const { owner, org } = await team(4, 0);
    // As if a raise at Stripe had been made and its webhook lost:
    world.fake.setWebhookUrl(null);
    try {
      await world.fake.updateSubscription(org.subscriptionId, { quantity: 7 });
    } finally {
      world.fake.setWebhookUrl(webhookUrl());
    }
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 4, used: 1 });
    const run = await operator(world.server.url, TEST_API_KEY).post('/api/v1/admin/billing/reconcile');
    expect(run.status, run.text).toBe(200);
    expect(run.body.report.repaired).toContainEqual({
      organizationId: org.id,
      seats: { from: 4, to: 7 },
      status: 'active',
    });
    expect(run.body.report.errors).toEqual([]);
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 7, used: 1 });
    // A second run finds nothing left to repair for it.
    const again = await operator(world.server.url, TEST_API_KEY).post('/api/v1/admin/billing/reconcile');
    expect(again.body.report.repaired.map((r: { organizationId: string }) => r.organizationId)).not.toContain(
      org.id,
    );
    expect(await auditActions(owner, org, 'seats.changed')).toHaveLength(1);

    // What Stripe refused is in the report in Stripe's own words, not only Roster's summary.
    world.fake.failNext({ method: 'GET', pathPrefix: `/v1/subscriptions/${org.subscriptionId}` }, 400, {
      type: 'invalid_request_error',
      message: 'This API key cannot read this subscription.',
    });
    const refused = await operator(world.server.url, TEST_API_KEY).post('/api/v1/admin/billing/reconcile');
    expect(refused.body.report.errors).toContainEqual({
      target: org.subscriptionId,
      message: expect.stringMatching(
        /^Stripe refused the request.*: This API key cannot read this subscription\.$/,
      ),
    });
  });
});
