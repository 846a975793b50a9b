import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../src/db/rows.ts';
import { createOrganization } from './support/factories.ts';
import { expectSeatInvariant } from './support/invariants.ts';
import { outboxSettled } from './support/outbox.ts';
import { seedUser } from './support/seed.ts';
import { startSmtpServer } from './support/smtp.ts';
import { openEventStream } from './support/sse.ts';
import { startSecondInstance, startTestServer, type TestServer } from './support/test-server.ts';

// Three Roster instances on one PostgreSQL, each with its own pool, LISTEN connection,
// caches, live streams and worker, as three servers behind a load balancer would run
// (docs/decisions/0026). PGlite is one process's database (decision 0011), so this runs on
// PostgreSQL only.
const onPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!onPostgres)('three instances on one PostgreSQL', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let server: TestServer;
  const others: Array<Awaited<ReturnType<typeof startSecondInstance>>> = [];
  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({ SMTP_URL: smtp.url });
    others.push(await startSecondInstance(server, { worker: true }));
    others.push(await startSecondInstance(server, { worker: true }));
  });
  afterAll(async () => {
    for (const other of others) await other.close();
    await server?.close();
    await smtp?.close();
  });

  it('joins spread across them: no oversold seat, each mail sent once, every live update on every instance', async () => {
    const urls = [server.url, ...others.map((other) => other.url)];
    const owner = await seedUser(server, { name: 'Olivia Owner' });
    const org = await createOrganization(owner, { name: 'Three Instances', seats: 11 });
    // The owner watches the organization on every instance.
    const streams = await Promise.all(
      urls.map((url) =>
        openEventStream(`${url}/api/v1/notifications/stream?organizationId=${org.id}`, {
          cookie: owner.client.cookieHeader(),
        }),
      ),
    );
    try {
      await Promise.all(streams.map((s) => s.next((e) => e.event === 'unread' && e.data.unread === 0)));
      // 24 people for the 10 free seats, each through one of the three instances, all at once.
      const joiners = await Promise.all(
        Array.from({ length: 24 }, (_, i) => seedUser(server, { name: `Joiner ${i}`, at: urls[i % 3] })),
      );
      const answers = await Promise.all(joiners.map((j) => j.client.post(`${org.invitePath}/join`)));
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(14);
      await expectSeatInvariant(server.database.db);
      const [counted] = await rows<{ used: number }>(
        server.database.db,
        sql`SELECT seats_used AS used FROM organization WHERE id = ${org.id}`,
      );
      expect(counted!.used).toBe(11);

      // Every instance's stream hears the last seat go and each of the owner's notices once
      // (ten joins and "no seats left"), wherever the join and its expansion happened.
      for (const stream of streams) {
        await stream.next((e) => e.event === 'seats' && e.data.used === 11, 5_000);
        await stream.next((e) => e.event === 'unread' && e.data.unread === 11, 5_000);
        const noticesOf = () => stream.events.filter((e) => e.event === 'notification').map((e) => e.data);
        await stream.next(() => noticesOf().length >= 11, 5_000);
        const notices = noticesOf();
        expect(notices.map((n) => n.id).sort()).toEqual([...new Set(notices.map((n) => n.id))].sort());
        expect(notices).toHaveLength(11);
        expect(notices.filter((n) => n.type === 'member_joined')).toHaveLength(10);
        expect(notices.filter((n) => n.type === 'last_seat_taken')).toHaveLength(1);
      }

      // Each e-mail the outbox holds went out exactly once, though three workers deliver.
      await outboxSettled(server);
      const sent = await rows<{ id: string }>(
        server.database.db,
        sql`SELECT id FROM outbox WHERE kind = 'email' AND status = 'done'`,
      );
      const ids = smtp.received.map((mail) => /^<?([^@>]+)@/.exec(mail.messageId)?.[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(sent.map((row) => row.id).sort());
      // Among them, one welcome for each person who got in, and none for those turned away.
      const joined = joiners.filter((_, i) => answers[i]!.status === 201).map((j) => j.email);
      const turnedAway = joiners.filter((_, i) => answers[i]!.status === 409).map((j) => j.email);
      for (const email of joined) expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
      for (const email of turnedAway)
        expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(0);
    } finally {
      await Promise.all(streams.map((s) => s.close()));
    }
  });
});
