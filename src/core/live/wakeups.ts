import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { type Database, driverOf } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';

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
const COALESCE_MS = 5;

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
 * database's, whatever order the commits' callers got here in. On PostgreSQL each flush
 * also sends one pg_notify per channel, on its own, for the other instances and workers.
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
  const broadcast = (channel: string, message: Wakeup) =>
    remote
      ? db.execute(sql`SELECT pg_notify(${channel}, ${JSON.stringify({ ...message, origin })})`)
      : undefined;

  async function flush() {
    scheduled = false;
    const sends: Array<Promise<unknown> | undefined> = [];
    if (events) {
      events = false;
      emit({ kind: 'events' });
      sends.push(broadcast(EVENTS_CHANNEL, { kind: 'events' }));
    }
    if (bellUsers.size > 0) {
      const message: Wakeup = { kind: 'notifications', userIds: [...bellUsers] };
      bellUsers.clear();
      emit(message);
      sends.push(broadcast(LIVE_CHANNEL, message));
    }
    if (endedSessions.size > 0) {
      const message: Wakeup = { kind: 'signed-out', sessionIds: [...endedSessions] };
      endedSessions.clear();
      emit(message);
      sends.push(broadcast(LIVE_CHANNEL, message));
    }
    for (const organizationId of inviteOrgs) {
      const message: Wakeup = { kind: 'invite', organizationId };
      emit(message);
      sends.push(broadcast(LIVE_CHANNEL, message));
    }
    inviteOrgs.clear();
    if (seatOrgs.size > 0) {
      const ids = [...seatOrgs];
      seatOrgs.clear();
      const counts = await db
        .select({ id: organization.id, seats: organization.seats, used: organization.seatsUsed })
        .from(organization)
        .where(inArray(organization.id, ids));
      for (const org of counts) {
        const message: Wakeup = { kind: 'seats', organizationId: org.id, total: org.seats, used: org.used };
        emit(message);
        sends.push(broadcast(LIVE_CHANNEL, message));
      }
    }
    await Promise.all(sends);
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
