import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transferOwnership } from '../src/core/organizations/transfer-ownership.ts';
import { rows } from '../src/db/rows.ts';
import { seedUser } from './support/seed.ts';
import { createTeam, join } from './support/team.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
});
afterAll(async () => {
  await server.close();
});

const insertNotice = (tx: typeof server.database.db, userId: string) =>
  tx.execute(sql`INSERT INTO notification (user_id, type) VALUES (${userId}, 'lock_mode_probe')`);

describe('row locks taken to serialise use cases', () => {
  // PGlite has one connection: its transactions run one after another, so two of them can
  // never hold locks at once and there is nothing to deadlock.
  it.skipIf(!process.env.DATABASE_URL)(
    'do not block an insert that merely references the locked rows (a notice for a member during a transfer)',
    async () => {
      const team = await createTeam(server.url, { seats: 5 });
      const target = await seedUser(server.url, { name: 'Tess Target' });
      await join(target, team.org);
      const [first, second] = [team.owner.id, target.id].sort() as [string, string];
      const db = server.database.db;

      // The shape that deadlocked in CI: another transaction (the expander) inserts a notice
      // for the member locked second, then one for the member locked first, while the
      // transfer locks both in id order.
      let transferred: Promise<unknown> | undefined;
      let transferDone = false;
      await db.transaction(async (tx) => {
        await insertNotice(tx, second);
        transferred = transferOwnership(db, {
          organizationId: team.org.id,
          actorId: team.owner.id,
          targetId: target.id,
        }).finally(() => {
          transferDone = true;
        });
        // Go on once the transfer has finished or is stuck waiting on a row lock.
        await waitFor(async () => {
          if (transferDone) return true;
          const [waiting] = await rows<{ n: number }>(
            db,
            sql`SELECT count(*)::int AS n FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return (waiting?.n ?? 0) > 0;
        });
        await insertNotice(tx, first);
      });
      await expect(transferred).resolves.toMatchObject({ id: team.org.id });

      const owners = await rows<{ user_id: string }>(
        db,
        sql`SELECT user_id FROM membership WHERE organization_id = ${team.org.id} AND role = 'owner'`,
      );
      expect(owners.map((o) => o.user_id)).toEqual([target.id]);
      const probes = await rows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM notification WHERE type = 'lock_mode_probe'`,
      );
      expect(probes[0]?.n).toBe(2);
    },
  );
});
