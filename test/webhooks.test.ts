import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { outboxSettled } from './support/outbox.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const api = () => operator(server.url, TEST_API_KEY);

describe('webhooks', () => {
  it('delivers signed events that the Standard Webhooks verifier accepts, retrying a failing receiver', async () => {
    const receiver = await startWebhookReceiver({ failFirst: 2 });
    try {
      const created = await api().post('/api/v1/webhooks', {
        url: receiver.url,
        eventTypes: ['member.joined'],
      });
      expect(created.status).toBe(201);
      expect(created.body.secret).toMatch(/^whsec_/);
      const listed = await api().get('/api/v1/webhooks');
      expect(listed.body.webhooks).toContainEqual({
        id: created.body.id,
        url: receiver.url,
        eventTypes: ['member.joined'],
        createdAt: created.body.createdAt,
      });
      expect(listed.text).not.toContain(created.body.secret);

      const owner = await seedUser(server.url);
      const org = await createOrganization(owner, { name: 'Hooked' });
      const joiner = await seedUser(server.url);
      await joiner.client.post(`${org.invitePath}/join`);

      const delivered = await waitFor(() => receiver.deliveries.find((d) => d.status === 204), {
        what: 'a successful delivery',
      });
      expect(receiver.deliveries.map((d) => d.status)).toEqual([500, 500, 204]);
      // Every attempt is the same message, so a receiver can drop duplicates.
      expect(new Set(receiver.deliveries.map((d) => d.headers['webhook-id'])).size).toBe(1);
      const event = new Webhook(created.body.secret).verify(delivered.body, {
        'webhook-id': String(delivered.headers['webhook-id']),
        'webhook-timestamp': String(delivered.headers['webhook-timestamp']),
        'webhook-signature': String(delivered.headers['webhook-signature']),
      }) as any;
      expect(event.type).toBe('member.joined');
      // `via` on every member.joined since the registry builds it (issue 13's drift).
      expect(event.data).toEqual({
        organizationId: org.id,
        userId: joiner.id,
        role: 'member',
        seat: 'plus',
        via: 'invite_link',
      });
      expect(() =>
        new Webhook(`whsec_${Buffer.from('another secret, 32 bytes long!!').toString('base64')}`).verify(
          delivered.body,
          delivered.headers as Record<string, string>,
        ),
      ).toThrow();
      await api().delete(`/api/v1/webhooks/${created.body.id}`);
    } finally {
      await receiver.close();
    }
  });

  it('sends only the subscribed types, nothing for a refused join, nothing after removal', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const created = await api().post('/api/v1/webhooks', {
        url: receiver.url,
        eventTypes: ['seat.assigned'],
      });
      const owner = await seedUser(server.url);
      const org = await createOrganization(owner, { seats: 2 });
      const first = await seedUser(server.url);
      const second = await seedUser(server.url);
      expect((await first.client.post(`${org.invitePath}/join`)).status).toBe(201);
      expect((await second.client.post(`${org.invitePath}/join`)).status).toBe(409);
      await waitFor(() => receiver.deliveries.length >= 1);
      await outboxSettled(server, ['webhook']);
      expect(receiver.deliveries.map((d) => JSON.parse(d.body).type)).toEqual(['seat.assigned']);

      expect((await api().delete(`/api/v1/webhooks/${created.body.id}`)).status).toBe(204);
      // A join that takes a seat would be delivered if the endpoint were still there.
      const another = await createOrganization(owner, { name: 'After removal', seats: 3 });
      const third = await seedUser(server.url);
      expect((await third.client.post(`${another.invitePath}/join`)).body.seat).toBe('plus');
      await outboxSettled(server, ['webhook']);
      expect(receiver.deliveries).toHaveLength(1);
      expect((await api().delete(`/api/v1/webhooks/${created.body.id}`)).status).toBe(404);
    } finally {
      await receiver.close();
    }
  });

  it('rejects bad registrations with a message naming the problem', async () => {
    const cases: [unknown, RegExp][] = [
      [{ url: 'ftp://example.com/x', eventTypes: ['member.joined'] }, /http\(s\) URL/],
      [{ url: 'https://example.com/x', eventTypes: [] }, /at least one/],
      [{ url: 'https://example.com/x', eventTypes: ['member.exploded'] }, /eventTypes must be among/],
    ];
    for (const [body, message] of cases) {
      const reply = await api().post('/api/v1/webhooks', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error.message).toMatch(message);
    }
    const owner = await seedUser(server.url);
    expect(
      (
        await owner.client.post('/api/v1/webhooks', {
          url: 'https://x.example',
          eventTypes: ['member.joined'],
        })
      ).status,
    ).toBe(401);
  });
});
