import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookDataSchemas, webhookEventTypes } from '../src/contracts/webhooks.ts';
import { operator } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { outboxSettled } from './support/outbox.ts';
import { seedUser } from './support/seed.ts';
import { join } from './support/team.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

// Every webhook type, delivered by the real worker to a real receiver, carries exactly what
// its schema in src/contracts/webhooks.ts says. The types come from the contract, so a new
// type that the story below never sets off fails here until the story is extended.

let server: TestServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let secret: string;
let deliveries: Array<{ type: string; data: unknown }>;
let orgId: string;
let people: Record<'owner' | 'bob', string>;

beforeAll(async () => {
  server = await startTestServer();
  receiver = await startWebhookReceiver();
  const api = operator(server.url, TEST_API_KEY);
  const created = await api.post('/api/v1/webhooks', {
    url: receiver.url,
    eventTypes: [...webhookEventTypes],
  });
  expect(created.status).toBe(201);
  secret = created.body.secret;

  // One organization's life, setting off every webhook type at least once.
  const owner = await seedUser(server.url, { name: 'Olive Owner' });
  const [ada, bob, cy] = await Promise.all([1, 2, 3].map(() => seedUser(server.url)));
  const org = await createOrganization(owner, { name: 'Hook Life', seats: 4 });
  orgId = org.id;
  people = { owner: owner.id, bob: bob!.id };
  const path = `/api/v1/organizations/${org.id}`;
  const member = (id: string) => `${path}/members/${id}`;
  const ok = async (reply: Promise<{ status: number; text: string }>) => {
    const { status, text } = await reply;
    expect(status, text).toBeLessThan(300);
  };
  // A full organization: the last seat goes (seats.exhausted), the next person is turned away (join.refused).
  const [fullOwner, taker, late] = await Promise.all([1, 2, 3].map(() => seedUser(server.url)));
  const full = await createOrganization(fullOwner!, { name: 'Hook Full', seats: 2 });
  await join(taker!, full);
  expect((await late!.client.post(`${full.invitePath}/join`)).status).toBe(409);
  await join(ada!, org); // member.joined, seat.assigned
  await join(bob!, org);
  await ok(owner.client.patch(member(bob!.id), { role: 'admin' })); // member.role_changed
  await ok(owner.client.patch(member(ada!.id), { seat: 'none' })); // seat.released
  await ok(owner.client.patch(member(ada!.id), { seat: 'plus' })); // seat.assigned
  await ok(owner.client.put(`${path}/billing/seats`, { seats: 6 })); // seats.changed
  await join(cy!, org);
  await ok(cy!.client.post(`${path}/leave`)); // member.left, seat.released
  await ok(owner.client.delete(member(ada!.id))); // member.removed, seat.released
  await ok(owner.client.post(`${path}/invite-link/regenerate`)); // invite_link.regenerated
  await ok(owner.client.post(`${path}/transfer-ownership`, { userId: bob!.id })); // member.role_changed
  // organization.deleted, after member.removed and seat.released for bob and the old owner.
  await ok(bob!.client.delete(path, { confirmName: 'Hook Life' }));

  await outboxSettled(server, ['webhook']);
  const verifier = new Webhook(secret);
  deliveries = receiver.deliveries.map(
    (d) =>
      verifier.verify(d.body, {
        'webhook-id': String(d.headers['webhook-id']),
        'webhook-timestamp': String(d.headers['webhook-timestamp']),
        'webhook-signature': String(d.headers['webhook-signature']),
      }) as { type: string; data: unknown },
  );
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

describe('webhook payloads', () => {
  it('the contract has a data schema for every type it lets endpoints subscribe to, and no other', () => {
    expect(Object.keys(webhookDataSchemas).sort()).toEqual([...webhookEventTypes].sort());
  });

  it.each(webhookEventTypes.map((type) => [type]))(
    '%s: delivered, and every delivery matches its schema',
    (type) => {
      const ofType = deliveries.filter((d) => d.type === type);
      expect(ofType.length, `no ${type} delivery: extend the story in this file`).toBeGreaterThan(0);
      for (const delivery of ofType) {
        const parsed = webhookDataSchemas[type].safeParse(delivery.data);
        expect(parsed.error?.issues ?? [], JSON.stringify(delivery.data)).toEqual([]);
      }
    },
  );

  it('a deletion tells the webhooks what it took away, member by member', () => {
    const dataOf = (type: string) => deliveries.filter((d) => d.type === type).map((d) => d.data);
    expect(dataOf('member.removed')).toEqual(
      expect.arrayContaining([
        { organizationId: orgId, userId: people.owner, removedBy: people.bob },
        { organizationId: orgId, userId: people.bob, removedBy: people.bob },
      ]),
    );
    expect(dataOf('seat.released')).toEqual(
      expect.arrayContaining([
        { organizationId: orgId, userId: people.owner, reason: 'organization_deleted' },
        { organizationId: orgId, userId: people.bob, reason: 'organization_deleted' },
      ]),
    );
    expect(dataOf('organization.deleted')).toEqual([
      { organizationId: orgId, name: 'Hook Life', deletedBy: people.bob },
    ]);
  });
});
