import { sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator, type SignedInUser } from './support/client.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUser } from './support/seed.ts';
import {
  type PaidOrganization,
  paidOrganization,
  type StripeWorld,
  sessionOf,
  startStripeWorld,
  waitForSeats,
} from './support/stripe-world.ts';
import { TEST_API_KEY } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

// Issue 14, item 8: subscriptions Roster charges for but no organization holds.
let world: StripeWorld;
beforeAll(async () => {
  // Two attempts before a row would be marked dead, so a test can go past them quickly.
  world = await startStripeWorld({ OUTBOX_MAX_ATTEMPTS: '2' });
});
afterAll(async () => world.close());
checkSeatInvariantAfterEach(() => world?.server.database.db);

const admin = () => operator(world.server.url, TEST_API_KEY);

/** A paid organization whose subscription then ended at Stripe: the owner may subscribe again. */
async function endedOrganization(owner: SignedInUser): Promise<PaidOrganization> {
  const org = await paidOrganization(world, owner, { seats: 2 });
  await world.fake.cancelSubscription(org.subscriptionId);
  await waitForSeats(world.server, org.id, 0);
  return org;
}

/** The subscriptions Stripe holds for this organization's checkouts that still charge. */
function chargingSubscriptions(orgId: string): string[] {
  return world.fake
    .sessions()
    .filter((s) => s.metadata?.roster_organization_id === orgId && s.subscription)
    .map((s) => world.fake.subscription(String(s.subscription)))
    .filter((s) => s && s.status !== 'canceled')
    .map((s) => s!.id);
}

describe('one open "subscribe again" checkout per organization', () => {
  it('starting a second ends the first at Stripe: only the newest can be paid, and the organization holds it', async () => {
    const owner = await seedUser(world.server.url, { name: 'Twice Owner' });
    const org = await endedOrganization(owner);
    const first = await owner.client.post(`/api/v1/organizations/${org.id}/billing/checkout`, { seats: 2 });
    expect(first.status, first.text).toBe(201);
    // Another tab, or second thoughts about the number of seats.
    const second = await owner.client.post(`/api/v1/organizations/${org.id}/billing/checkout`, { seats: 4 });
    expect(second.status, second.text).toBe(201);
    expect(sessionOf(world.fake, first.body.url).status).toBe('expired');

    const stale = await fetch(first.body.url, { method: 'POST', redirect: 'manual' });
    expect(stale.status).not.toBe(303);
    const paid = await fetch(second.body.url, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    const done = await owner.client.get(`/api/v1/billing/checkout/${second.body.id}`);
    expect(done.body.status, done.text).toBe('completed');
    expect((await owner.client.get(`/api/v1/billing/checkout/${first.body.id}`)).body.status).toBe('expired');
    expect((await owner.client.get(`/api/v1/organizations/${org.id}/billing`)).body).toMatchObject({
      status: 'active',
      seats: { total: 4 },
    });
    const charging = chargingSubscriptions(org.id);
    expect(charging).toEqual([String(sessionOf(world.fake, second.body.url).subscription)]);
  });

  it('a first checkout paid before the second starts stands: the second is refused, one subscription charges', async () => {
    const owner = await seedUser(world.server.url, { name: 'Quick Payer' });
    const org = await endedOrganization(owner);
    world.fake.holdWebhooks(true);
    try {
      const first = await owner.client.post(`/api/v1/organizations/${org.id}/billing/checkout`, { seats: 3 });
      // Paid in the first tab; no webhook has arrived and the return page was never opened.
      expect((await fetch(first.body.url, { method: 'POST', redirect: 'manual' })).status).toBe(303);
      const second = await owner.client.post(`/api/v1/organizations/${org.id}/billing/checkout`, {
        seats: 5,
      });
      expect(second.status, second.text).toBe(409);
      expect(second.body.error.code).toBe('SUBSCRIPTION_ACTIVE');
      expect((await owner.client.get(`/api/v1/organizations/${org.id}/billing`)).body).toMatchObject({
        status: 'active',
        seats: { total: 3 },
      });
      expect(chargingSubscriptions(org.id)).toHaveLength(1);
    } finally {
      world.fake.holdWebhooks(false);
    }
  });
});

describe('deleting a paid organization', () => {
  it('keeps retrying the cancellation past OUTBOX_MAX_ATTEMPTS, shown to the operator, until Stripe takes it', async () => {
    const owner = await seedUser(world.server.url, { name: 'Stubborn Owner' });
    const org = await paidOrganization(world, owner, { name: 'Hard To Cancel', seats: 2 });
    world.fake.failNext(
      { method: 'DELETE', pathPrefix: `/v1/subscriptions/${org.subscriptionId}` },
      500,
      {
        type: 'api_error',
        message: 'Stripe is having a bad day.',
      },
      1_000,
    );
    try {
      const gone = await owner.client.delete(`/api/v1/organizations/${org.id}`, {
        confirmName: 'Hard To Cancel',
      });
      expect(gone.status, gone.text).toBe(204);
      const failing = await waitFor(
        async () => {
          const status = await admin().get('/api/v1/admin/outbox');
          const row = status.body.failingRows.find(
            (r: { kind: string; attempts: number }) => r.kind === 'billing' && r.attempts > 2,
          );
          expect(status.body.deadRows.filter((r: { kind: string }) => r.kind === 'billing')).toEqual([]);
          return row;
        },
        { what: 'the cancellation to be retried past OUTBOX_MAX_ATTEMPTS', timeoutMs: 20_000 },
      );
      expect(failing.lastError).toMatch(/Stripe/);
      expect(world.fake.subscription(org.subscriptionId)?.status).toBe('active');
    } finally {
      world.fake.clearFailures();
    }
    await waitFor(() => world.fake.subscription(org.subscriptionId)?.status === 'canceled', {
      what: 'the subscription to be canceled once Stripe answers again',
      timeoutMs: 20_000,
    });
  });
});

describe('reconciliation finds subscriptions that no organization holds', () => {
  it("cancels Roster's own (a deleted organization's, its cancellation lost) and reports one made by hand", async () => {
    // The last test of the file: the worker stops, so no cancellation job can run.
    await world.server.worker?.stop();
    const owner = await seedUser(world.server.url, { name: 'Gone Owner' });
    const org = await paidOrganization(world, owner, { name: 'Gone Soon', seats: 2 });
    const kept = await paidOrganization(world, owner, { name: 'Still Here', seats: 2 });
    const gone = await owner.client.delete(`/api/v1/organizations/${org.id}`, { confirmName: 'Gone Soon' });
    expect(gone.status, gone.text).toBe(204);
    // Its cancellation job is lost (before issue 14: marked dead after its attempts).
    await world.server.database.db.execute(
      sql`DELETE FROM outbox WHERE kind = 'billing' AND payload->>'action' = 'cancel-subscription'`,
    );
    expect(world.fake.subscription(org.subscriptionId)?.status).toBe('active');

    // Someone sells Roster's price in Stripe's dashboard, outside Roster.
    const stripe = new Stripe(world.fake.secretKey, {
      host: '127.0.0.1',
      port: world.fake.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    const byHand = await stripe.checkout.sessions.create({
      mode: 'subscription',
      line_items: [{ price: world.fake.priceId, quantity: 1 }],
      customer_email: 'by-hand@example.com',
      success_url: 'https://example.com/thanks',
    });
    expect((await fetch(byHand.url!, { method: 'POST', redirect: 'manual' })).status).toBe(303);
    const handMade = String(sessionOf(world.fake, byHand.url!).subscription);

    const run = await admin().post('/api/v1/admin/billing/reconcile');
    expect(run.status, run.text).toBe(200);
    expect(run.body.report.orphans).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subscriptionId: org.subscriptionId, canceled: true, status: 'canceled' }),
        expect.objectContaining({ subscriptionId: handMade, canceled: false, status: 'active' }),
      ]),
    );
    const named = run.body.report.orphans.map((o: { subscriptionId: string }) => o.subscriptionId);
    expect(named).not.toContain(kept.subscriptionId);
    expect(world.fake.subscription(org.subscriptionId)?.status).toBe('canceled');
    expect(world.fake.subscription(handMade)?.status).toBe('active');
    expect(world.fake.subscription(kept.subscriptionId)?.status).toBe('active');
    // The operator reads the same report later.
    const last = await admin().get('/api/v1/admin/billing/reconciliation');
    expect(last.body.report.orphans).toEqual(run.body.report.orphans);
    await stripe.subscriptions.cancel(handMade);
  });
});
