import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deriveLinkKey, openLink } from '../src/core/account/sealed-link.ts';
import { deriveUnsubscribeKey, unsubscribeToken } from '../src/core/notifications/unsubscribe-token.ts';
import { rows } from '../src/db/rows.ts';
import { Client } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { DEFAULT_PASSWORD, seedUser } from './support/seed.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// Issue 14, item 7: what the server writes to its log holds no invite token, unsubscribe
// token, password-reset token, session token or e-mail address: not in request URLs, not in
// database errors.
const lines: string[] = [];
const webRoot = mkdtempSync(path.join(tmpdir(), 'roster-web-'));
let server: TestServer;
beforeAll(async () => {
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Roster</title>');
  server = await startTestServer(
    { LOG_LEVEL: 'info', WEB_ROOT: webRoot, RUN_WORKER: 'false' },
    { logStream: { write: (line) => lines.push(line) } },
  );
});
afterAll(async () => {
  // The database was closed by the test: close what is left and drop it.
  await server.app.close().catch(() => {});
  await server.testDatabase.drop();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('the request log', () => {
  it('never holds a token or an e-mail address, and the sign-in pages are not cached', async () => {
    // What the process prints outside its log counts too.
    for (const method of ['error', 'warn', 'log', 'info'] as const) {
      vi.spyOn(console, method).mockImplementation((...args) => void lines.push(format(...args)));
    }
    const owner = await seedUser(server.url, { email: 'owner.secret@example.com' });
    const org = await createOrganization(owner, { name: 'Log Org' });
    const inviteToken = org.invitePath.split('/').at(-1)!;
    const cookie = decodeURIComponent(owner.client.cookies.get('better-auth.session_token')!);
    const sessionToken = cookie.split('.')[0]!;
    const unsubscribe = unsubscribeToken(
      deriveUnsubscribeKey(server.config.secret),
      owner.id,
      'member_joined',
    );
    const next = `/join/${org.id}/${inviteToken}`;

    for (const page of [`/sign-in?next=${encodeURIComponent(next)}`, `/sign-up?next=${next}`]) {
      const reply = await fetch(`${server.url}${page}`);
      expect(reply.status, page).toBe(200);
      expect(reply.headers.get('cache-control'), page).toBe('no-store');
      expect(reply.headers.get('referrer-policy'), page).toBe('no-referrer');
    }
    expect((await fetch(`${server.url}${next}`)).status).toBe(200);
    expect((await owner.client.get(org.invitePath)).status).toBe(200);
    const unsubscribePage = await fetch(`${server.url}/api/v1/unsubscribe?token=${unsubscribe}`);
    expect(unsubscribePage.status).toBe(200);
    expect(unsubscribePage.headers.get('cache-control')).toBe('no-store');
    const wrong = await new Client(server.url).post('/api/auth/sign-in/email', {
      email: 'guest.secret@example.com',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    // A password reset: its link waits in the outbox sealed, and its page is not cached either.
    expect((await new Client(server.url).post('/api/v1/password-reset', { email: owner.email })).status).toBe(
      202,
    );
    const [mail] = await rows<{ payload: { sealedLink: string } }>(
      server.database.db,
      sql`SELECT payload FROM outbox WHERE payload->>'template' = 'reset_password'`,
    );
    const resetLink = openLink(deriveLinkKey(server.config.secret), mail!.payload.sealedLink);
    const resetToken = new URL(resetLink).searchParams.get('token')!;
    expect(JSON.stringify(mail!.payload)).not.toContain(resetToken);
    for (const page of [`/reset-password?token=${resetToken}`, `/verify-email?token=${resetToken}`]) {
      const reply = await fetch(`${server.url}${page}`);
      expect(reply.headers.get('cache-control'), page).toBe('no-store');
      expect(reply.headers.get('referrer-policy'), page).toBe('no-referrer');
    }
    expect(lines.some((l) => l.includes('/sign-in?next=[redacted]'))).toBe(true);
    expect(lines.some((l) => l.includes('/api/v1/unsubscribe?token=[redacted]'))).toBe(true);

    // The database goes away: every query fails, with the e-mail or the session token as its parameter.
    await server.database.close();
    expect((await owner.client.get('/api/v1/me')).status).toBeGreaterThanOrEqual(500);
    const signIn = await new Client(server.url).post('/api/auth/sign-in/email', {
      email: 'guest.secret@example.com',
      password: DEFAULT_PASSWORD,
    });
    expect(signIn.status).toBeGreaterThanOrEqual(500);
    const failures = lines.filter((l) => l.includes('Failed query'));
    expect(failures.length, 'the failed queries are logged').toBeGreaterThan(0);
    expect(failures.every((l) => l.includes('params: [redacted]'))).toBe(true);

    vi.restoreAllMocks();
    const log = lines.join('');
    for (const secret of [
      inviteToken,
      encodeURIComponent(inviteToken),
      unsubscribe,
      resetToken,
      sessionToken,
      owner.email,
      'guest.secret@example.com',
      'guest.secret%40example.com',
    ]) {
      expect(log.includes(secret), `the log holds ${secret}`).toBe(false);
    }
  });
});
