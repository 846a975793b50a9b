import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/db/rows.ts';
import { Client, operator, type SignedInUser } from './support/client.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { eventsExpanded } from './support/outbox.ts';
import { seedUser } from './support/seed.ts';
import { createTeam, join } from './support/team.ts';
import { startTestServer, TEST_API_KEY, type TestServer } from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

// The smallest valid files of each kind, and a few impostors.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const gif = Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAACAkQBADs=', 'base64');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, 1)]);

const upload = (client: Client, orgId: string, body: Buffer, type = 'image/png') =>
  client.put(`/api/v1/organizations/${orgId}/image`, body, { 'content-type': type });

describe('name and image', () => {
  it('owners and admins rename the organization; members cannot', async () => {
    const team = await createTeam(server.url);
    const path = `/api/v1/organizations/${team.org.id}`;
    const renamed = await team.admin.client.patch(path, { name: '  Acme Rockets ' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Acme Rockets', viewer: { role: 'admin' } });
    expect((await team.member.client.patch(path, { name: 'Mine now' })).status).toBe(403);
    expect((await team.owner.client.patch(path, { name: '' })).status).toBe(400);
    expect((await team.owner.client.patch(path, { image: 'https://evil.example/pixel.gif' })).status).toBe(
      400,
    );
    const log = await team.owner.client.get(`${path}/audit-log?action=organization.updated`);
    expect(log.body.events[0]).toMatchObject({
      actor: { id: team.admin.id, name: 'Adam Admin' },
      data: { name: { from: 'Acme', to: 'Acme Rockets' } },
    });
  });

  it('stores an uploaded image in the database and serves it at a content-addressed URL', async () => {
    const team = await createTeam(server.url);
    const reply = await upload(team.admin.client, team.org.id, png);
    expect(reply.status, reply.text).toBe(200);
    const url: string = reply.body.image;
    expect(url).toMatch(new RegExp(`^/api/v1/organization-images/${team.org.id}/[0-9a-f]{16}$`));

    // Public: invitees who are signed out see it on the invite page.
    const preview = await new Client(server.url).get(team.org.invitePath);
    expect(preview.body.organization.image).toBe(url);
    const image = await fetch(new URL(url, server.url));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cache-control')).toMatch(/immutable/);
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);

    // A new image gets a new URL; the old one is gone, never a different picture.
    const next = await upload(team.owner.client, team.org.id, gif, 'image/gif');
    expect(next.body.image).not.toBe(url);
    expect((await fetch(new URL(url, server.url))).status).toBe(404);
    expect((await fetch(new URL(next.body.image, server.url))).headers.get('content-type')).toBe('image/gif');
    const asJpeg = await upload(team.owner.client, team.org.id, jpeg, 'image/jpeg');
    expect(asJpeg.status).toBe(200);

    const removed = await team.owner.client.patch(`/api/v1/organizations/${team.org.id}`, { image: null });
    expect(removed.body.image).toBeNull();
    expect((await fetch(new URL(asJpeg.body.image, server.url))).status).toBe(404);
  });

  it('checks the content, not the name: wrong bytes, wrong types and big files are refused', async () => {
    const team = await createTeam(server.url);
    const html = Buffer.from('<svg onload="alert(1)"></svg>');
    const disguised = await upload(team.owner.client, team.org.id, html, 'image/png');
    expect(disguised.status).toBe(415);
    expect(disguised.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const svg = await upload(team.owner.client, team.org.id, html, 'image/svg+xml');
    expect(svg.status).toBe(415);
    expect(svg.body.error.message).toMatch(/PNG, JPEG or GIF/);
    const big = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]);
    const tooBig = await upload(team.owner.client, team.org.id, big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.message).toMatch(/2 MB/);
    expect((await upload(team.member.client, team.org.id, png)).status).toBe(403);
    expect((await team.owner.client.get(`/api/v1/organizations/${team.org.id}`)).body.image).toBeNull();
  });
});

describe('deleting an organization', () => {
  it('needs the owner and the exact name; releases every seat; the audit log keeps the record', async () => {
    const team = await createTeam(server.url, { seats: 5 });
    const path = `/api/v1/organizations/${team.org.id}`;
    expect((await team.admin.client.delete(path, { confirmName: 'Acme' })).status).toBe(403);
    const wrong = await team.owner.client.delete(path, { confirmName: 'acme' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('CONFIRMATION_MISMATCH');
    expect((await team.owner.client.delete(path)).status).toBe(400);

    expect((await team.owner.client.delete(path, { confirmName: 'Acme' })).status).toBe(204);
    expect((await team.owner.client.get(path)).status).toBe(404);
    expect((await team.member.client.get(team.org.invitePath)).body.error.code).toBe('INVITE_INVALID');
    // Seats went with it: the member is free to get Plus elsewhere.
    expect((await team.member.client.get('/api/v1/me')).body.plus.active).toBe(false);
    const other = await seedUser(server.url);
    const again = await other.client.post('/api/v1/organizations', { name: 'Next', seats: 2 });
    expect(again.status).toBe(201);

    const kept = await rows<{ action: string; actor_id: string; data: any }>(
      server.database.db,
      sql`SELECT action, actor_id, data FROM audit_event WHERE organization_id = ${team.org.id}
          AND action = 'organization.deleted'`,
    );
    const removed = [
      { userId: team.owner.id, role: 'owner', seat: 'plus' },
      { userId: team.admin.id, role: 'admin', seat: 'plus' },
      { userId: team.member.id, role: 'member', seat: 'plus' },
    ].sort((a, b) => (a.userId < b.userId ? -1 : 1));
    expect(kept).toEqual([
      {
        action: 'organization.deleted',
        actor_id: team.owner.id,
        data: { name: 'Acme', seats: 5, members: 3, seatsReleased: 3, removed },
      },
    ]);
  });

  it('tells everyone who lost their membership, by the name it had, though its rows are gone', async () => {
    const team = await createTeam(server.url, { seats: 5 });
    const withoutSeat = await seedUser(server.url, { name: 'Pat Personal' });
    await operator(server.url, TEST_API_KEY).put(`/api/v1/users/${withoutSeat.id}/plus`, { active: true });
    expect((await join(withoutSeat, team.org)).seat).toBe('none');
    const path = `/api/v1/organizations/${team.org.id}`;
    expect((await team.owner.client.patch(path, { name: 'Gone Co' })).status).toBe(200);
    expect((await team.owner.client.delete(path, { confirmName: 'Gone Co' })).status).toBe(204);
    await eventsExpanded(server);

    const bell = async (who: SignedInUser) =>
      (await who.client.get('/api/v1/notifications')).body.notifications
        .filter((n: any) => n.type === 'organization_deleted')
        .map((n: any) => n.title);
    for (const who of [team.admin, team.member]) {
      expect(await bell(who)).toEqual([
        'Olive Owner deleted Gone Co: you are no longer a member and its Plus seat is gone',
      ]);
    }
    expect(await bell(withoutSeat)).toEqual(['Olive Owner deleted Gone Co: you are no longer a member']);
    // Nobody is told about their own action.
    expect(await bell(team.owner)).toEqual([]);
  });
});
