import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from './support/client.ts';
import { createOrganization, type TestOrganization } from './support/factories.ts';
import { seedUser } from './support/seed.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let owner: SignedInUser;
let member: SignedInUser;
let org: TestOrganization;
const names = [
  'Ada Lovelace',
  'Alan Turing',
  'Grace Hopper',
  'Edsger Dijkstra',
  'Barbara Liskov',
  'Ken Thompson',
];

beforeAll(async () => {
  server = await startTestServer();
  owner = await seedUser(server.url, { name: 'Olive Owner' });
  org = await createOrganization(owner, { seats: 20 });
  for (const name of names) {
    const user = await seedUser(server.url, {
      name,
      email: `${name.split(' ')[0]!.toLowerCase()}@compute.example`,
    });
    await user.client.post(`${org.invitePath}/join`);
    if (name === 'Ada Lovelace') member = user;
  }
});
afterAll(async () => server.close());

const list = (user: SignedInUser, query = '') =>
  user.client.get(`/api/v1/organizations/${org.id}/members${query}`);

describe('member list', () => {
  it('pages through every member exactly once, oldest first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const reply = await list(member, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(reply.status).toBe(200);
      expect(reply.body.members.length).toBeLessThanOrEqual(3);
      seen.push(...reply.body.members.map((m: any) => m.user.name));
      cursor = reply.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(['Olive Owner', ...names]);
    expect(pages).toBe(3);
  });

  it('shows e-mail addresses and activity to owners and admins only', async () => {
    const forOwner = await list(owner, '?limit=2');
    expect(forOwner.body.members[0]).toMatchObject({
      user: { name: 'Olive Owner', email: owner.email },
      role: 'owner',
      seat: 'plus',
      // Set on joining and by signed-in requests (issue 3's activity tracking).
      lastActiveAt: expect.any(String),
    });
    const forMember = await list(member);
    for (const m of forMember.body.members) {
      expect(m.user).not.toHaveProperty('email');
      expect(m).not.toHaveProperty('lastActiveAt');
    }
    expect(forMember.text).not.toContain('@compute.example');
  });

  it('searches by name for everyone, and by e-mail only for owners and admins', async () => {
    const byName = await list(member, '?q=gRaCe');
    expect(byName.body.members.map((m: any) => m.user.name)).toEqual(['Grace Hopper']);
    // A member must not be able to probe addresses through search.
    expect((await list(member, '?q=compute.example')).body.members).toEqual([]);
    expect((await list(owner, '?q=compute.example')).body.members).toHaveLength(names.length);
    // Wildcards are matched literally.
    expect((await list(owner, '?q=%25')).body.members).toEqual([]);
    expect((await list(owner, '?q=_')).body.members).toEqual([]);
  });

  it('rejects a tampered cursor or a bad limit with a clear message', async () => {
    const tampered = await list(member, '?cursor=not-a-cursor');
    expect(tampered.status).toBe(400);
    expect(tampered.body.error.code).toBe('INVALID_CURSOR');
    for (const limit of ['0', '101', 'ten', '2.5']) {
      const reply = await list(member, `?limit=${limit}`);
      expect(reply.status, limit).toBe(400);
      expect(reply.body.error.message).toContain('limit');
    }
  });
});
