import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTurnedAway } from '../src/core/invites/count-turned-away.ts';
import { operator } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { type ReceivedMail, startSmtpServer } from './support/smtp.ts';
import { join } from './support/team.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

// Turned-away people are not silent (issue 16): a refusal of a working link is a
// `join.refused` event in the audit log and a webhook, written after the 409, and the last
// seat going is a `seats.exhausted` webhook.

let server: TestServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let secret: string;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
  // The day's count goes out once its first refusal is a two seconds old (an hour by default).
  server = await startTestServer({ SMTP_URL: smtp.url, TURNED_AWAY_NOTICE_DELAY_SECONDS: '2' });
  receiver = await startWebhookReceiver();
  const created = await operator(server.url, TEST_API_KEY).post('/api/v1/webhooks', {
    url: receiver.url,
    eventTypes: ['join.refused', 'seats.exhausted'],
  });
  secret = created.body.secret;
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
  await smtp?.close();
});

const hooks = () => {
  const verifier = new Webhook(secret);
  return receiver.deliveries.map(
    (d) =>
      verifier.verify(d.body, {
        'webhook-id': String(d.headers['webhook-id']),
        'webhook-timestamp': String(d.headers['webhook-timestamp']),
        'webhook-signature': String(d.headers['webhook-signature']),
      }) as { type: string; data: Record<string, unknown> },
  );
};

describe('people the link turns away', () => {
  it('a join refused for lack of seats answers as before, then is in the audit log and a webhook, once a day per person', async () => {
    const owner = await seedUser(server.url);
    // The owner holds one of the two seats: the first joiner takes the last one.
    const org = await createOrganization(owner, { name: 'Two Seats', seats: 2 });
    const first = await seedUser(server.url);
    const late = await seedUser(server.url);
    await join(first, org);

    for (let attempt = 0; attempt < 3; attempt++) {
      const refused = await late.client.post(`${org.invitePath}/join`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('NO_SEATS_AVAILABLE');
    }

    const log = async () =>
      (await owner.client.get(`/api/v1/organizations/${org.id}/audit-log?action=join.refused`)).body.events;
    const events = await waitFor(async () => ((await log()).length > 0 ? log() : undefined), {
      what: 'the join.refused event in the audit log',
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'join.refused',
      actor: { id: late.id },
      target: { id: late.id },
      data: { reason: 'no_seats' },
    });

    await waitFor(() => hooks().filter((h) => h.data.organizationId === org.id).length >= 2, {
      what: 'the seats.exhausted and join.refused webhooks',
    });
    expect(
      hooks()
        .filter((h) => h.data.organizationId === org.id)
        .map(({ type, data }) => ({ type, data }))
        // Deliveries run side by side: their order is not the events' order.
        .sort((a, b) => a.type.localeCompare(b.type)),
    ).toEqual([
      { type: 'join.refused', data: { organizationId: org.id, userId: late.id, reason: 'no_seats' } },
      { type: 'seats.exhausted', data: { organizationId: org.id, seats: 2 } },
    ]);
    // Three attempts of one person: one event, one webhook.
    expect(hooks().filter((h) => h.type === 'join.refused' && h.data.userId === late.id)).toHaveLength(1);
  });

  it('tells the owner and admins at most once a day how many people could not join for lack of seats, with Add seats', async () => {
    const owner = await seedUser(server.url, { name: 'Olga Owner' });
    const org = await createOrganization(owner, { name: 'Packed Team', seats: 1 });
    const turnedAway = await Promise.all([1, 2, 3].map(() => seedUser(server.url)));
    const replies = await Promise.all(
      turnedAway.map((person) => person.client.post(`${org.invitePath}/join`)),
    );
    expect(replies.map((r) => r.status)).toEqual([409, 409, 409]);
    // Retrying does not count twice.
    expect((await turnedAway[0]!.client.post(`${org.invitePath}/join`)).status).toBe(409);

    const title = '3 people could not join Packed Team: no seats were left';
    const bell = async () => (await owner.client.get('/api/v1/notifications')).body.notifications;
    await waitFor(async () => (await bell()).some((n: any) => n.title === title), {
      what: "the owner's notice of people turned away",
    });
    const mail = await waitFor(
      () => smtp.received.find((m: ReceivedMail) => m.to.includes(owner.email) && m.subject === title),
      { what: 'the e-mail to the owner' },
    );
    expect(mail.text).toContain('Add seats');
    expect(mail.text).toContain(`${server.url}/organizations/${org.id}/billing`);

    // Another person turned away the same day: recorded, but no second count before a day has passed.
    const later = await seedUser(server.url);
    expect((await later.client.post(`${org.invitePath}/join`)).status).toBe(409);
    const log = async () =>
      (await owner.client.get(`/api/v1/organizations/${org.id}/audit-log?action=join.refused`)).body.events;
    await waitFor(async () => (await log()).length === 4, { what: 'the fourth refusal recorded' });
    expect(await countTurnedAway(server.database.db, { delayMs: 0 })).toBe(0);
    expect((await bell()).filter((n: any) => n.type === 'people_turned_away')).toHaveLength(1);
  });

  it('records an address the link does not accept, and never a wrong token', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Domain Only', seats: 5 });
    const settings = `/api/v1/organizations/${org.id}/invite-link`;
    expect((await owner.client.patch(settings, { allowedDomains: ['acme.example'] })).status).toBe(200);
    const outsider = await seedUser(server.url, { email: `out-${Date.now()}@elsewhere.example` });
    const guesser = await seedUser(server.url);

    const refused = await outsider.client.post(`${org.invitePath}/join`);
    expect(refused.body.error.code).toBe('EMAIL_DOMAIN_NOT_ALLOWED');
    const wrong = await guesser.client.post(`${org.invitePath.slice(0, -4)}AAAA/join`);
    expect(wrong.status).toBe(404);

    const log = async () =>
      (await owner.client.get(`/api/v1/organizations/${org.id}/audit-log?action=join.refused`)).body.events;
    const events = await waitFor(async () => ((await log()).length > 0 ? log() : undefined), {
      what: 'the join.refused event in the audit log',
    });
    await waitFor(() => hooks().some((h) => h.data.userId === outsider.id), { what: 'the webhook' });
    expect(events.map((e: any) => [e.target.id, e.data.reason])).toEqual([
      [outsider.id, 'email_domain_not_allowed'],
    ]);
    expect(hooks().some((h) => h.data.userId === guesser.id)).toBe(false);
  });
});
