import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Database, driverOf } from '../../db/client.ts';
import { preparedRows } from '../../db/rows.ts';

/** The channel every Roster instance listens on for live updates. Lower case: PGlite folds it. */
export const LIVE_CHANNEL = 'roster_live';

/** What a live wake-up says, in this process and through LIVE_CHANNEL to the others. */
export type LiveMessage =
  | { kind: 'notifications'; userIds: string[] }
  | { kind: 'seats'; organizationId: string; total: number; used: number }
  /** The organization's invite link, name or image changed, or it is gone: re-read it. */
  | { kind: 'invite'; organizationId: string }
  /** These sessions ended (sign-out, revocation, the user deleted): their streams close. */
  | { kind: 'signed-out'; sessionIds: string[] };

/** The channel a worker listens on for "events are waiting to be expanded". */
export const EVENTS_CHANNEL = 'roster_events';

/** How long a process gathers wake-ups before it flushes them, per channel. */
const COALESCE_MS = 25;

// pg_notify takes at most 8,000 bytes a payload: ids are sent 150 (about 5.6 kB) a message.
const IDS_PER_MESSAGE = 150;

function chunks(ids: Set<string>): string[][] {
  const all = [...ids];
  const out: string[][] = [];
  for (let i = 0; i < all.length; i += IDS_PER_MESSAGE) out.push(all.slice(i, i + IDS_PER_MESSAGE));
  return out;
}

export type Wakeup = LiveMessage | { kind: 'events' };

export type Wakeups = {
  /** This process's id, carried by its pg_notify so its own LISTEN can skip them. */
  origin: string;
  /** After commit: new events wait for the expander. */
  events(): void;
  /** After commit: an organization's seat counts changed (re-read at flush time). */
  seats(organizationId: string): void;
  /** After commit: what an organization's invite page shows changed (link, name, image, deletion). */
  invite(organizationId: string): void;
  /** After commit: these people have new notifications. */
  bell(userIds: readonly string[]): void;
  /** After commit: these sessions ended; the live streams they opened must close. */
  signedOut(sessionIds: readonly string[]): void;
  subscribe(listener: (message: Wakeup) => void): () => void;
};

const byDatabase = new WeakMap<Database, Wakeups>();

/**
 * The wake-ups of one database handle in this process (docs/decisions/0009): sent after
 * commit, never inside a transaction, gathered for a few milliseconds so a burst of joins
 * costs one flush. Seat counts are read afresh at flush time, so the last word is the
 * database's, whatever order the commits' callers got here in. On PostgreSQL the same
 * statement sends the flush's messages with pg_notify, for the other instances and workers.
 */
export function wakeupsFor(db: Database): Wakeups {
  let wakeups = byDatabase.get(db);
  if (!wakeups) {
    wakeups = createWakeups(db, driverOf(db) === 'postgres');
    byDatabase.set(db, wakeups);
  }
  return wakeups;
}

function createWakeups(db: Database, remote: boolean): Wakeups {
  const origin = randomUUID();
  const listeners = new Set<(message: Wakeup) => void>();
  let events = false;
  const seatOrgs = new Set<string>();
  const inviteOrgs = new Set<string>();
  const bellUsers = new Set<string>();
  const endedSessions = new Set<string>();
  let scheduled = false;

  const emit = (message: Wakeup) => {
    for (const listener of listeners) {
      try {
        listener(message);
      } catch {
        // one listener's failure is not the others' concern
      }
    }
  };
  async function flush() {
    scheduled = false;
    const messages: Array<{ channel: string; message: Wakeup }> = [];
    const say = (channel: string, message: Wakeup) => {
      emit(message);
      messages.push({ channel, message });
    };
    if (events) {
      events = false;
      say(EVENTS_CHANNEL, { kind: 'events' });
    }
    for (const userIds of chunks(bellUsers)) say(LIVE_CHANNEL, { kind: 'notifications', userIds });
    bellUsers.clear();
    for (const sessionIds of chunks(endedSessions)) say(LIVE_CHANNEL, { kind: 'signed-out', sessionIds });
    endedSessions.clear();
    for (const organizationId of inviteOrgs) say(LIVE_CHANNEL, { kind: 'invite', organizationId });
    inviteOrgs.clear();
    const seatIds = [...seatOrgs];
    seatOrgs.clear();
    if (seatIds.length === 0 && (!remote || messages.length === 0)) return;
    // One statement a flush: the seat counts read afresh and, on PostgreSQL, every message
    // of the flush (those counts included) sent with pg_notify, autocommitted on its own.
    const payloads = messages.map(({ channel, message }) => ({
      channel,
      payload: JSON.stringify({ ...message, origin }),
    }));
    const [result] = await preparedRows<{
      counts: Array<{ id: string; total: number; used: number }> | null;
    }>(
      db,
      'roster_wakeups',
      sql`WITH counts AS (
            SELECT id, seats AS total, seats_used AS used FROM organization
            WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(seatIds)}::jsonb)::uuid))),
          sent AS (
            SELECT pg_notify(m->>'channel', m->>'payload') FROM jsonb_array_elements(${JSON.stringify(payloads)}::jsonb) AS m
            WHERE ${remote}::boolean
            UNION ALL
            SELECT pg_notify(${LIVE_CHANNEL}, json_build_object('kind', 'seats', 'organizationId', id,
                             'total', total, 'used', used, 'origin', ${origin}::text)::text)
            FROM counts WHERE ${remote}::boolean)
          SELECT (SELECT json_agg(counts) FROM counts) AS counts, (SELECT count(*) FROM sent) AS sent`,
    );
    for (const org of result?.counts ?? []) {
      emit({ kind: 'seats', organizationId: org.id, total: org.total, used: org.used });
    }
  }
  const soon = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => void flush().catch(() => {}), COALESCE_MS);
  };

  return {
    origin,
    events() {
      events = true;
      soon();
    },
    seats(organizationId) {
      seatOrgs.add(organizationId);
      soon();
    },
    invite(organizationId) {
      inviteOrgs.add(organizationId);
      soon();
    },
    bell(userIds) {
      for (const id of userIds) bellUsers.add(id);
      if (userIds.length > 0) soon();
    },
    signedOut(sessionIds) {
      for (const id of sessionIds) endedSessions.add(id);
      if (sessionIds.length > 0) soon();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
