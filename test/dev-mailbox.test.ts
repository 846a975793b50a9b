import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const mailbox = (headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${server!.config.port}/dev/mailbox`, { headers }).then((r) => r.status);

// Unset NODE_ENV means development; forgetting it must not publish everyone's mail.
describe('the development mailbox', () => {
  it('is shown to a newcomer on this machine at a localhost address', async () => {
    server = await startTestServer();
    expect(await mailbox()).toBe(200);
  });

  it('is not shown through a reverse proxy, even one on this machine', async () => {
    server = await startTestServer();
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host']) {
      expect(await mailbox({ [header]: header === 'forwarded' ? 'for=203.0.113.9' : '203.0.113.9' })).toBe(
        404,
      );
    }
  });

  it('does not exist where BASE_URL is a public address, whatever NODE_ENV says', async () => {
    for (const env of [{ NODE_ENV: 'development' }, { NODE_ENV: '' }, { NODE_ENV: 'test' }]) {
      server = await startTestServer({ ...env, BASE_URL: 'https://roster.example.com' });
      expect(await mailbox()).toBe(404);
      await server.close();
      server = undefined;
    }
  });

  it('does not exist when SMTP_URL=none says no mail is sent on purpose', async () => {
    server = await startTestServer({ SMTP_URL: 'none' });
    expect(await mailbox()).toBe(404);
  });
});
