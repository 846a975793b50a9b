import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { rows } from '../../src/db/rows.ts';
import type { SignedInUser } from './client.ts';
import { paths, type TestOrganization } from './factories.ts';
import { type FakeStripe, startFakeStripe } from './fake-stripe/start-fake-stripe.ts';
import { eventsExpanded } from './outbox.ts';
import { startTestServer, type TestServer } from './test-server.ts';
import { waitFor } from './wait.ts';

export type StripeWorld = { server: TestServer; fake: FakeStripe; close(): Promise<void> };

/** Roster configured for Stripe, pointed at a local Stripe double that sends it signed events. */
export async function startStripeWorld(env: Record<string, string> = {}): Promise<StripeWorld> {
  const fake = await startFakeStripe({ unitAmount: 1500, currency: 'usd', productName: 'Plus' });
  const server = await startTestServer({ ...fake.env, ...env });
  fake.setWebhookUrl(`${server.url}/api/v1/billing/stripe/webhook`);
  return {
    server,
    fake,
    async close() {
      await fake.close();
      await server.close();
    },
  };
}

export type PaidOrganization = TestOrganization & { checkoutId: string; subscriptionId: string };

/** The Checkout session behind a checkout's payment page URL. */
export function sessionOf(fake: FakeStripe, url: string) {
  const session = fake.sessions().find((s) => s.url === url);
  if (!session) throw new Error(`no Stripe session with url ${url}`);
  return session;
}

/** Starts a checkout and pays it on Stripe's page, as the owner's browser would. */
export async function startAndPay(world: StripeWorld, owner: SignedInUser, name: string, seats: number) {
  const started = await owner.client.post('/api/v1/billing/checkout', { name, seats });
  expect(started.status, started.text).toBe(201);
  const paid = await fetch(started.body.url, { method: 'POST', redirect: 'manual' });
  expect(paid.status).toBe(303);
  const session = sessionOf(world.fake, started.body.url);
  return { checkoutId: started.body.id as string, location: paid.headers.get('location'), session };
}

/** A paid organization, completed by the return page (whatever the webhook did meanwhile). */
export async function paidOrganization(
  world: StripeWorld,
  owner: SignedInUser,
  options: { name?: string; seats?: number } = {},
): Promise<PaidOrganization> {
  const name = options.name ?? 'Paid Team';
  const { checkoutId, session } = await startAndPay(world, owner, name, options.seats ?? 3);
  const done = await owner.client.get(`/api/v1/billing/checkout/${checkoutId}`);
  expect(done.body.status, done.text).toBe('completed');
  const orgId = done.body.organizationId as string;
  const link = await owner.client.get(`/api/v1/organizations/${orgId}/invite-link`);
  expect(link.status, link.text).toBe(200);
  return {
    id: orgId,
    name,
    ...paths(link.body.url),
    checkoutId,
    subscriptionId: String(session.subscription),
  };
}

export async function seatsOf(server: TestServer, orgId: string) {
  const [row] = await rows<{ seats: number; seats_used: number }>(
    server.database.db,
    sql`SELECT seats, seats_used FROM organization WHERE id = ${orgId}`,
  );
  return row ? { total: row.seats, used: row.seats_used } : null;
}

/** Waits for the worker to have applied what Stripe says (it fetches after each event). */
export function waitForSeats(server: TestServer, orgId: string, total: number, what = `${total} seats`) {
  return waitFor(async () => (await seatsOf(server, orgId))?.total === total, { what, timeoutMs: 15_000 });
}

/** Billing outbox rows not yet done: the worker has work left. */
export async function pendingBillingJobs(server: TestServer): Promise<number> {
  const [row] = await rows<{ n: number }>(
    server.database.db,
    sql`SELECT count(*)::int AS n FROM outbox WHERE kind = 'billing' AND status = 'pending'`,
  );
  return row?.n ?? 0;
}

/** Waits until the worker has run every billing job and expanded the events they recorded. */
export async function waitForWorker(server: TestServer) {
  await waitFor(async () => (await pendingBillingJobs(server)) === 0, {
    what: 'the worker to finish billing jobs',
    timeoutMs: 15_000,
  });
  await eventsExpanded(server);
}
