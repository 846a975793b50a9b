import { and, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { schema } from '../../src/db/client.ts';
import type { TestServer } from './test-server.ts';
import { waitFor } from './wait.ts';

type Kind = 'email' | 'webhook' | 'billing';

/**
 * Waits until every domain event is expanded and the outbox holds no pending row of these
 * kinds: from then on nothing more is delivered, so "nothing was sent" and "sent once,
 * never twice" can be checked at once instead of after a guessed pause.
 */
export async function outboxSettled(server: TestServer, kinds: Kind[] = ['email', 'webhook']) {
  await eventsExpanded(server);
  await waitFor(
    async () => {
      const [row] = await server.database.db
        .select({ n: count() })
        .from(schema.outbox)
        .where(and(eq(schema.outbox.status, 'pending'), inArray(schema.outbox.kind, kinds)));
      return row!.n === 0;
    },
    { timeoutMs: 30_000, what: `no pending ${kinds.join('/')} in the outbox` },
  );
}

/** Waits until `rows` pending rows of this kind have failed at least once (a delivery was refused). */
export async function outboxFailing(server: TestServer, kind: Kind, rows: number) {
  await waitFor(
    async () => {
      const [row] = await server.database.db
        .select({ n: count() })
        .from(schema.outbox)
        .where(
          and(
            eq(schema.outbox.kind, kind),
            eq(schema.outbox.status, 'pending'),
            isNotNull(schema.outbox.lastError),
          ),
        );
      return row!.n >= rows;
    },
    { timeoutMs: 30_000, what: `${rows} failing ${kind} rows in the outbox` },
  );
}

/** Waits until the worker has expanded every domain event: their notices and webhooks exist. */
export async function eventsExpanded(server: TestServer) {
  await waitFor(
    async () => {
      const [row] = await server.database.db.select({ n: count() }).from(schema.eventExpansion);
      return row!.n === 0;
    },
    { timeoutMs: 30_000, what: 'every domain event expanded' },
  );
}
