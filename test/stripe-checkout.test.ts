import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/db/rows.ts';
import { operator } from './support/client.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUser } from './support/seed.ts';
import {
  paidOrganization,
  type StripeWorld,
  seatsOf,
  startAndPay,
  startStripeWorld,
  waitForWorker,
} from './support/stripe-world.ts';
import { TEST_API_KEY } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

let world: StripeWorld;
beforeAll(async () => {
  world = await startStripeWorld();
});
afterAll(async () => {
  await world.close();
});
checkSeatInvariantAfterEach(() => world?.server.database.db);

async function organizationsOf(userId: string) {
  return rows<{ name: string; seats: number; seat: string; role: string }>(
    world.server.database.db,
    sql`SELECT o.name, o.seats, m.seat, m.role FROM membership m JOIN organization o ON o.id = m.organization_id
        WHERE m.user_id = ${userId}`,
  );
}

describe('creating a paid organization through Stripe Checkout', () => {
  it('shows the price, sends the owner to Stripe, and creates the organization when they come back paid', async () => {
    const owner = await seedUser(world.server.url, { name: 'Paula Payer' });
    const offer = await owner.client.get('/api/v1/billing');
    expect(offer.body).toEqual({
      provider: 'stripe',
      price: { amount: 1500, currency: 'usd', interval: 'month', name: 'Plus' },
    });
    // With Stripe, seats are bought: the free path is closed with a pointer to checkout.
    const free = await owner.client.post('/api/v1/organizations', { name: 'Free ride', seats: 5 });
    expect(free.status).toBe(409);
    expect(free.body.error.code).toBe('CHECKOUT_REQUIRED');

    const started = await owner.client.post('/api/v1/billing/checkout', { name: 'Paid Team', seats: 3 });
    expect(started.status, started.text).toBe(201);
    expect(started.body).toMatchObject({ kind: 'create', status: 'open', seats: 3, organizationId: null });
    expect(started.body.url).toMatch(new RegExp(`^${world.fake.url}/pay/cs_test_`));
    const created = world.fake.requests.find(
      (r) => r.method === 'POST' && r.path === '/v1/checkout/sessions',
    );
    expect(created?.body).toMatchObject({
      mode: 'subscription',
      line_items: [{ price: world.fake.priceId, quantity: '3' }],
      client_reference_id: started.body.id,
      customer_email: owner.email,
      metadata: { roster_checkout_id: started.body.id },
      subscription_data: { metadata: { roster_checkout_id: started.body.id } },
    });
    expect(created?.idempotencyKey).toBe(`roster-checkout-${started.body.id}`);
    // Nothing exists before the payment.
    expect(await organizationsOf(owner.id)).toEqual([]);

    const paid = await fetch(started.body.url, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    const back = new URL(paid.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(`${world.server.url}/checkout/${started.body.id}`);

    const done = await owner.client.get(`/api/v1/billing/checkout/${started.body.id}`);
    expect(done.body).toMatchObject({ status: 'completed', url: null, seats: 3 });
    expect(await organizationsOf(owner.id)).toEqual([
      { name: 'Paid Team', seats: 3, seat: 'plus', role: 'owner' },
    ]);

    const billing = await owner.client.get(`/api/v1/organizations/${done.body.organizationId}/billing`);
    expect(billing.status, billing.text).toBe(200);
    expect(billing.body).toMatchObject({
      provider: 'stripe',
      status: 'active',
      seats: { total: 3, used: 1, available: 2 },
      plan: { amount: 1500, currency: 'usd', interval: 'month', name: 'Plus' },
      nextPayment: { amount: 4500, currency: 'usd' },
      cancelAtPeriodEnd: false,
      paidSeats: 3,
      graceEndsAt: null,
      drift: null,
    });
    const log = await owner.client.get(`/api/v1/organizations/${done.body.organizationId}/audit-log`);
    expect(log.body.events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['organization.created', 'billing.subscribed']),
    );
  });

  it('the webhook alone creates it when the owner never comes back, and the return page later finds it done', async () => {
    const owner = await seedUser(world.server.url, { name: 'Wendy Webhook' });
    const { checkoutId } = await startAndPay(world, owner, 'Webhook Team', 4);
    await waitFor(async () => (await organizationsOf(owner.id)).length === 1, { what: 'the organization' });
    await waitForWorker(world.server);
    expect(await organizationsOf(owner.id)).toEqual([
      { name: 'Webhook Team', seats: 4, seat: 'plus', role: 'owner' },
    ]);
    const done = await owner.client.get(`/api/v1/billing/checkout/${checkoutId}`);
    expect(done.body.status).toBe('completed');
    // checkout.session.completed and customer.subscription.created both arrived: still one organization.
    expect(await organizationsOf(owner.id)).toHaveLength(1);
  });

  it('with every webhook lost and the return page never opened, reconciliation still creates the organization', async () => {
    const owner = await seedUser(world.server.url, { name: 'Lou Lost' });
    world.fake.setWebhookUrl(null);
    try {
      await startAndPay(world, owner, 'Lost Team', 2);
    } finally {
      world.fake.setWebhookUrl(`${world.server.url}/api/v1/billing/stripe/webhook`);
    }
    expect(await organizationsOf(owner.id)).toEqual([]);
    const run = await operator(world.server.url, TEST_API_KEY).post('/api/v1/admin/billing/reconcile');
    expect(run.status, run.text).toBe(200);
    expect(run.body.report.checkoutsSettled).toBeGreaterThanOrEqual(1);
    expect(await organizationsOf(owner.id)).toEqual([
      { name: 'Lost Team', seats: 2, seat: 'plus', role: 'owner' },
    ]);
    const last = await operator(world.server.url, TEST_API_KEY).get('/api/v1/admin/billing/reconciliation');
    expect(last.body.report).toMatchObject({ errors: [] });
  });

  it('a canceled or expired checkout creates nothing; someone else cannot read or complete my checkout', async () => {
    const owner = await seedUser(world.server.url, { name: 'Carl Cancel' });
    const other = await seedUser(world.server.url, { name: 'Nosy Neighbour' });
    const started = await owner.client.post('/api/v1/billing/checkout', { name: 'Never', seats: 2 });
    const theirs = await other.client.get(`/api/v1/billing/checkout/${started.body.id}`);
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.code).toBe('CHECKOUT_NOT_FOUND');
    const open = await owner.client.get(`/api/v1/billing/checkout/${started.body.id}`);
    expect(open.body).toMatchObject({ status: 'open', url: started.body.url });

    const session = world.fake.sessions().find((s) => s.url === started.body.url)!;
    await world.fake.expireCheckout(session.id);
    const expired = await owner.client.get(`/api/v1/billing/checkout/${started.body.id}`);
    expect(expired.body).toMatchObject({ status: 'expired', url: null, organizationId: null });
    expect(await organizationsOf(owner.id)).toEqual([]);
  });

  it('refuses bad checkout bodies with the error shape, and a Stripe outage with 503 and nothing half-made', async () => {
    const owner = await seedUser(world.server.url, { name: 'Bea Bad' });
    for (const body of [
      {},
      { name: '', seats: 2 },
      { name: 'X', seats: 0 },
      { name: 'X', seats: 2, extra: 1 },
    ]) {
      const reply = await owner.client.post('/api/v1/billing/checkout', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    }
    world.fake.failNext(
      { method: 'POST', pathPrefix: '/v1/checkout/sessions' },
      500,
      {
        type: 'api_error',
        message: 'Something went wrong on our end.',
      },
      3,
    );
    const down = await owner.client.post('/api/v1/billing/checkout', { name: 'Down', seats: 2 });
    expect(down.status, down.text).toBe(503);
    expect(down.body.error).toEqual({
      code: 'BILLING_PROVIDER_UNAVAILABLE',
      message: 'Stripe could not be reached just now; nothing was changed. Try again in a minute.',
    });
    expect(down.headers.get('retry-after')).toBe('30');
    expect(await organizationsOf(owner.id)).toEqual([]);
    // A retry once Stripe is back goes through.
    const again = await owner.client.post('/api/v1/billing/checkout', { name: 'Down', seats: 2 });
    expect(again.status, again.text).toBe(201);
  });
});

describe('limits', () => {
  it("one account cannot spend Stripe's rate limit: the 11th checkout in a minute is refused", async () => {
    const eager = await seedUser(world.server.url, { name: 'Eager Eddie' });
    for (let i = 0; i < 10; i++) {
      const reply = await eager.client.post('/api/v1/billing/checkout', { name: `Try ${i}`, seats: 1 });
      expect(reply.status, reply.text).toBe(201);
    }
    const sessions = world.fake.sessions().length;
    const refused = await eager.client.post('/api/v1/billing/checkout', { name: 'One more', seats: 1 });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(world.fake.sessions()).toHaveLength(sessions);
    // Someone else is not held up by it.
    const other = await seedUser(world.server.url, { name: 'Calm Cathy' });
    expect((await other.client.post('/api/v1/billing/checkout', { name: 'Mine', seats: 1 })).status).toBe(
      201,
    );
  });
});

describe('paid organizations', () => {
  it('only the owner sees billing, the portal and re-subscribing; the portal opens Stripe for the customer', async () => {
    const owner = await seedUser(world.server.url, { name: 'Olga Owner' });
    const org = await paidOrganization(world, owner, { seats: 3 });
    const admin = await seedUser(world.server.url, { name: 'Ada Admin' });
    expect((await admin.client.post(`${org.invitePath}/join`)).status).toBe(201);
    await owner.client.patch(`/api/v1/organizations/${org.id}/members/${admin.id}`, { role: 'admin' });
    for (const [method, path] of [
      ['get', 'billing'],
      ['post', 'billing/portal'],
      ['post', 'billing/checkout'],
    ] as const) {
      const reply =
        method === 'get'
          ? await admin.client.get(`/api/v1/organizations/${org.id}/${path}`)
          : await admin.client.post(`/api/v1/organizations/${org.id}/${path}`, { seats: 3 });
      expect(reply.status, path).toBe(403);
    }
    const portal = await owner.client.post(`/api/v1/organizations/${org.id}/billing/portal`);
    expect(portal.status, portal.text).toBe(200);
    expect(portal.body.url).toMatch(new RegExp(`^${world.fake.url}/portal/bps_`));
    const asked = world.fake.requests.findLast((r) => r.path === '/v1/billing_portal/sessions');
    expect(asked?.body.return_url).toBe(`${world.server.url}/organizations/${org.id}/billing`);
    // An active subscription cannot be bought twice.
    const twice = await owner.client.post(`/api/v1/organizations/${org.id}/billing/checkout`, { seats: 3 });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('SUBSCRIPTION_ACTIVE');
    expect(await seatsOf(world.server, org.id)).toEqual({ total: 3, used: 2 });
  });

  it('deleting a paid organization cancels its subscription at Stripe', async () => {
    const owner = await seedUser(world.server.url, { name: 'Dora Delete' });
    const org = await paidOrganization(world, owner, { name: 'Short Lived', seats: 2 });
    const deleted = await owner.client.delete(`/api/v1/organizations/${org.id}`, {
      confirmName: 'Short Lived',
    });
    expect(deleted.status, deleted.text).toBe(204);
    await waitFor(() => world.fake.subscription(org.subscriptionId)?.status === 'canceled', {
      what: 'the subscription to be canceled',
    });
    await waitForWorker(world.server);
  });
});
