import { describe, expect, it } from 'vitest';
import { Client, signUp } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { openEventStream } from './support/sse.ts';
import { startSecondInstance, startTestServer } from './support/test-server.ts';

const guess = (orgId: string, i: number) => `/api/v1/invites/${orgId}/${`guess${i}`.padEnd(22, 'A')}`;

describe('limits count refusals, not successes', () => {
  it('two instances on one database stop a guesser after the same number of bad tokens as one', async () => {
    const server = await startTestServer({ RATE_LIMIT_BAD_TOKENS: '10' });
    const second = await startSecondInstance(server);
    try {
      const owner = await signUp(server.url);
      const org = await createOrganization(owner);
      const clients = [new Client(server.url), new Client(second.url)];
      const statuses: number[] = [];
      for (let i = 0; i < 14; i++) statuses.push((await clients[i % 2]!.get(guess(org.id, i))).status);
      expect(statuses).toEqual([...Array(10).fill(404), ...Array(4).fill(429)]);
      // The real link waits too, on both instances: a guesser learns nothing from it.
      for (const client of clients) {
        const reply = await client.get(org.invitePath);
        expect(reply.status).toBe(429);
        expect(reply.body.error.code).toBe('RATE_LIMITED');
        expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    } finally {
      await second.close();
      await server.close();
    }
  });

  it('a guesser who used up their bad tokens is refused the real join, also on an instance that never saw them', async () => {
    const server = await startTestServer({ RATE_LIMIT_BAD_TOKENS: '5' });
    try {
      const owner = await seedUser(server);
      const org = await createOrganization(owner);
      const guesser = await seedUser(server);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push((await guesser.client.post(`${guess(org.id, i)}/join`)).status);
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
      // A fresh instance knows nothing of the guesser: the join's own statement refuses.
      const second = await startSecondInstance(server);
      try {
        const fresh = new Client(second.url);
        for (const [name, value] of guesser.client.cookies) fresh.cookies.set(name, value);
        const reply = await fresh.post(`${org.invitePath}/join`);
        expect(reply.status).toBe(429);
        expect(reply.body.error.code).toBe('RATE_LIMITED');
        expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
      } finally {
        await second.close();
      }
      const members = await owner.client.get(`/api/v1/organizations/${org.id}/members`);
      expect(members.body.members.map((m: { user: { id: string } }) => m.user.id)).not.toContain(guesser.id);
    } finally {
      await server.close();
    }
  });

  it('wrong passwords are counted per account and address; the right one then waits too', async () => {
    const server = await startTestServer({ RATE_LIMIT_WRONG_PASSWORDS: '5' });
    const second = await startSecondInstance(server);
    try {
      const person = await signUp(server.url, { password: 'correct horse battery' });
      const urls = [server.url, second.url];
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const reply = await new Client(urls[i % 2]!).post('/api/auth/sign-in/email', {
          email: person.email,
          password: `wrong password ${i}`,
        });
        statuses.push(reply.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const right = await new Client(server.url).post('/api/auth/sign-in/email', {
        email: person.email,
        password: 'correct horse battery',
      });
      expect(right.status).toBe(429);
      expect(right.body.error.code).toBe('RATE_LIMITED');
    } finally {
      await second.close();
      await server.close();
    }
  });

  it('one account cannot hold more live streams than its limit; closing one frees a slot', async () => {
    const server = await startTestServer({ STREAMS_PER_USER: '3' });
    try {
      const person = await signUp(server.url);
      const cookie = person.client.cookieHeader();
      const url = `${server.url}/api/v1/notifications/stream`;
      const streams = await Promise.all([1, 2, 3].map(() => openEventStream(url, { cookie })));
      expect(streams.map((s) => s.status)).toEqual([200, 200, 200]);
      const refused = await person.client.get('/api/v1/notifications/stream');
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('RATE_LIMITED');
      await streams[0]!.close();
      await expect
        .poll(async () => {
          const s = await openEventStream(url, { cookie });
          const status = s.status;
          await s.close();
          return status;
        })
        .toBe(200);
      for (const s of streams.slice(1)) await s.close();
    } finally {
      await server.close();
    }
  });
});
