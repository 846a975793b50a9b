import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LIVE_CHANNEL, type LiveMessage, wakeupsFor } from '../src/core/live/wakeups.ts';
import { countedDatabase } from './support/test-database.ts';
import { waitFor } from './support/wait.ts';

// Wake-ups leave a process once per flush, in one statement (docs/decisions/0009). Other
// instances hear them through pg_notify, whose payload is at most 8,000 bytes.
const onPostgres = Boolean(process.env.DATABASE_URL);

const counted = countedDatabase();

describe('wake-ups', () => {
  it('a burst of changes leaves the process as one statement', async () => {
    const wakeups = wakeupsFor(counted.handle.db);
    const heard: LiveMessage[] = [];
    const unsubscribe = wakeups.subscribe((message) => {
      if (message.kind !== 'events') heard.push(message);
    });
    counted.statements.length = 0;
    const people = Array.from({ length: 5 }, () => randomUUID());
    wakeups.events();
    wakeups.bell(people);
    wakeups.invite(randomUUID());
    wakeups.seats(randomUUID()); // no such organization: nothing to say about its seats
    await waitFor(() => heard.length >= 2, { what: 'the flush' });
    await waitFor(() => counted.statements.length >= 1, { what: 'the statement' });
    unsubscribe();
    expect(counted.statements).toHaveLength(1);
    expect(heard.map((m) => m.kind).sort()).toEqual(['invite', 'notifications']);
  });

  // PGlite is one process's own database: there are no other instances to tell.
  it.skipIf(!onPostgres)(
    'tells other instances about hundreds of people, each message within pg_notify’s limit',
    async () => {
      const payloads: string[] = [];
      const stop = await counted.handle.listen(LIVE_CHANNEL, (payload) => payloads.push(payload));
      const people = Array.from({ length: 400 }, () => randomUUID());
      wakeupsFor(counted.handle.db).bell(people);
      const told = () =>
        new Set(payloads.flatMap((p) => (JSON.parse(p) as { userIds?: string[] }).userIds ?? []));
      await waitFor(() => told().size === people.length, { what: 'every person to be told' });
      await stop();
      expect(Math.max(...payloads.map((p) => Buffer.byteLength(p)))).toBeLessThan(8_000);
    },
  );
});
