import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { seedUser } from './support/seed.ts';
import { startSmtpServer } from './support/smtp.ts';
import { createTeam, join } from './support/team.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

// What an invitee reads before joining: the organization's description and the operator's
// list of Plus benefits (issue 16, item 5; docs/decisions/0024).

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({
    SMTP_URL: smtp.url,
    PLUS_BENEFITS: 'Unlimited projects | Priority support\nOffline mode',
  });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

type Preview = { organization: { description: string }; plusBenefits: string[]; viewer: { state: string } };

describe('description and welcome message', () => {
  it('owners and admins set them, members read them, members cannot set them', async () => {
    const team = await createTeam(server.url);
    const path = `/api/v1/organizations/${team.org.id}`;
    const set = await team.admin.client.patch(path, {
      description: '  We build rockets.\nSmall ones. ',
      welcomeMessage: 'Welcome aboard! Read the handbook first.',
    });
    expect(set.status, set.text).toBe(200);
    expect(set.body).toMatchObject({
      description: 'We build rockets.\nSmall ones.',
      welcomeMessage: 'Welcome aboard! Read the handbook first.',
    });
    const read = await team.member.client.get(path);
    expect(read.body).toMatchObject({ description: 'We build rockets.\nSmall ones.' });
    const refused = await team.member.client.patch(path, { description: 'Mine' });
    expect(refused.status).toBe(403);
  });

  it('refuses text that is too long or holds control characters, with a VALIDATION_FAILED error', async () => {
    const team = await createTeam(server.url);
    const path = `/api/v1/organizations/${team.org.id}`;
    expect((await team.owner.client.patch(path, { description: 'a'.repeat(500) })).status).toBe(200);
    expect((await team.owner.client.patch(path, { welcomeMessage: 'a'.repeat(1000) })).status).toBe(200);
    for (const body of [
      { description: 'a'.repeat(501) },
      { welcomeMessage: 'a'.repeat(1001) },
      { description: 'bell\u0007' },
      { welcomeMessage: 'hidden \u202e txt.exe' },
      { description: 42 },
    ]) {
      const reply = await team.owner.client.patch(path, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
    const tooLong = await team.owner.client.patch(path, { description: 'a'.repeat(501) });
    expect((tooLong.body as { error: { message: string } }).error.message).toMatch(/500 characters/);
  });

  it('records one organization.updated event with every field that changed', async () => {
    const team = await createTeam(server.url);
    const path = `/api/v1/organizations/${team.org.id}`;
    await team.owner.client.patch(path, { name: 'Renamed', description: 'About us' });
    const audit = await team.owner.client.get(`${path}/audit-log`);
    const events = (audit.body as { events?: { action: string; data: unknown }[] }).events ?? [];
    const updated = events.filter((e) => e.action === 'organization.updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]?.data).toMatchObject({ description: { from: '', to: 'About us' } });
  });
});

describe('the invite preview', () => {
  it('shows the description and the benefits signed out and signed in, and a change at once', async () => {
    const team = await createTeam(server.url);
    const anonymous = new Client(server.url);
    const before = await anonymous.get(team.org.invitePath);
    expect((before.body as Preview).organization.description).toBe('');
    expect((before.body as Preview).plusBenefits).toEqual([
      'Unlimited projects',
      'Priority support',
      'Offline mode',
    ]);
    const set = await team.owner.client.patch(`/api/v1/organizations/${team.org.id}`, {
      description: '<b>Rockets</b> & more',
    });
    expect(set.status).toBe(200);
    // Cached signed-out body and cached invite alike are dropped before the answer is sent.
    const after = (await anonymous.get(team.org.invitePath)).body as Preview;
    expect(after.organization.description).toBe('<b>Rockets</b> & more');
    const invitee = await seedUser(server.url);
    const signedIn = (await invitee.client.get(team.org.invitePath)).body as Preview;
    expect(signedIn).toMatchObject({
      organization: { description: '<b>Rockets</b> & more' },
      plusBenefits: ['Unlimited projects', 'Priority support', 'Offline mode'],
    });
    expect(signedIn.viewer.state).not.toBe('signed_out');
  });
});

describe('the welcome', () => {
  it('mails the welcome message and the Plus benefits, and shows the message in the app', async () => {
    const owner = await seedUser(server.url);
    const org = await createOrganization(owner, { name: 'Rocket Guild' });
    const set = await owner.client.patch(`/api/v1/organizations/${org.id}`, {
      welcomeMessage: 'Say hi in #general.\n<script>not html</script>',
    });
    expect(set.status).toBe(200);
    const joiner = await seedUser(server.url);
    await join(joiner, org);
    const mail = await waitFor(
      () =>
        smtp.received.find((m) => m.to.includes(joiner.email) && /Welcome to Rocket Guild/.test(m.subject)),
      { what: 'the welcome mail' },
    );
    expect(mail.text).toContain('Say hi in #general.\n<script>not html</script>');
    expect(mail.text).toContain('- Unlimited projects\n- Priority support\n- Offline mode');
    expect(mail.html).toContain('&lt;script&gt;not html&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
    const bell = await waitFor(async () => {
      const list = (await joiner.client.get('/api/v1/notifications')).body as {
        notifications: { type: string; data: { welcomeMessage?: string } }[];
      };
      return list.notifications.find((n) => n.type === 'welcome');
    });
    expect(bell.data.welcomeMessage).toBe('Say hi in #general.\n<script>not html</script>');
  });
});

describe('PLUS_BENEFITS', () => {
  it('is checked at start with an error that names it', async () => {
    const { loadConfig } = await import('../src/config/load-config.ts');
    expect(() => loadConfig({ PLUS_BENEFITS: 'a'.repeat(201), DATA_DIR: server.config.dataDir })).toThrow(
      /PLUS_BENEFITS/,
    );
    expect(
      loadConfig({ PLUS_BENEFITS: ' One |  | Two ', DATA_DIR: server.config.dataDir }).plusBenefits,
    ).toEqual(['One', 'Two']);
  });
});
