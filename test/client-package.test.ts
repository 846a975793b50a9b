import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiToTypes } from '../packages/client/scripts/openapi-to-types.ts';
import { createRosterClient, RosterApiError, verifyWebhook } from '../packages/client/src/index.ts';
import { Client } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';
import { startWebhookReceiver } from './support/webhook-receiver.ts';

// packages/client against a real Roster over HTTP, as an operator's product would use it.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

describe('the operators’ client (packages/client)', () => {
  it('has types generated from the OpenAPI document this server publishes', async () => {
    const document = (await new Client(server.url).get('/api/openapi.json')).body;
    const committed = readFileSync(new URL('../packages/client/src/schema.d.ts', import.meta.url), 'utf8');
    // If this fails: npm run client:generate, and commit packages/client/src/schema.d.ts.
    expect(committed === (await openApiToTypes(document))).toBe(true);
  });

  it('answers whether a user has Plus and from where, and records personal Plus', async () => {
    const roster = createRosterClient({ baseUrl: server.url, apiKey: TEST_API_KEY });
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    expect(await roster.entitlements(owner.id)).toEqual({
      userId: owner.id,
      plus: { active: true, source: 'organization', organizationId: org.id },
    });
    const other = await seedUser(server.url);
    expect((await roster.setPersonalPlus(other.id, true)).plus).toEqual({
      active: true,
      source: 'personal',
      organizationId: null,
    });
    const refused = await roster.entitlements('no-such-user').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RosterApiError);
    expect(refused).toMatchObject({ status: 404, code: 'USER_NOT_FOUND' });
    const wrongKey = createRosterClient({ baseUrl: server.url, apiKey: 'not-the-key-0123456789abcdef' });
    await expect(wrongKey.entitlements(owner.id)).rejects.toMatchObject({
      status: 401,
      code: 'INVALID_API_KEY',
    });
  });

  it('lists members with an owner’s session', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner);
    const joiner = await seedUser(server.url);
    expect((await joiner.client.post(`${org.invitePath}/join`)).status).toBe(201);
    const sessionToken = owner.client.cookies.get('better-auth.session_token')!;
    const roster = createRosterClient({ baseUrl: server.url, sessionToken });
    const page = await roster.listMembers(org.id, { limit: 10 });
    expect(page.members.map((m) => m.user.id)).toEqual([owner.id, joiner.id]);
  });

  it('manages webhooks and verifies what they deliver', async () => {
    const roster = createRosterClient({ baseUrl: server.url, apiKey: TEST_API_KEY });
    const receiver = await startWebhookReceiver();
    try {
      const created = await roster.webhooks.create({ url: receiver.url, eventTypes: ['member.joined'] });
      expect(created.secret).toMatch(/^whsec_/);
      expect((await roster.webhooks.list()).map((w) => w.id)).toContain(created.id);

      const owner = await seedUser(server.url);
      const org = await createOrganization(owner);
      const joiner = await seedUser(server.url);
      expect((await joiner.client.post(`${org.invitePath}/join`)).status).toBe(201);
      const delivery = await waitFor(() => receiver.deliveries[0]);
      const event = verifyWebhook<{ type: string; data: { userId?: string } }>(
        created.secret,
        delivery.body,
        delivery.headers,
      );
      expect(event.type).toBe('member.joined');
      expect(() => verifyWebhook(created.secret, `${delivery.body} `, delivery.headers)).toThrow();

      await roster.webhooks.remove(created.id);
      expect((await roster.webhooks.list()).map((w) => w.id)).not.toContain(created.id);
      await expect(roster.webhooks.remove(created.id)).rejects.toMatchObject({ status: 404 });
    } finally {
      await receiver.close();
    }
  });
});
