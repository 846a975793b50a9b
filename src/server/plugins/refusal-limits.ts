import { sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import ipaddr from 'ipaddr.js';
import { RosterError } from '../../contracts/errors.ts';
import { type Database, driverOf } from '../../db/client.ts';
import { inFlightBatch } from '../../db/in-flight-batch.ts';
import { preparedRows } from '../../db/rows.ts';
import { rateLimitCounter } from '../../db/schema/rate-limits.ts';

/** How long a key found with no refusal is taken as clean without reading it again. */
export const CLEAN_FOR_MS = 1_000;
const MAX_KNOWN_KEYS = 10_000;

/** One counter: its key (kind and who) and how many refusals it allows in the window. */
export type RefusalKey = { key: string; limit: number };

// Every join asks twice (its flood ceiling, its guessing counters) for the same few
// addresses, and parsing one with ipaddr.js was about 1 % of a join's CPU. Bounded.
const clientKeys = new Map<string, string>();
const MAX_CLIENT_KEYS = 10_000;

/**
 * The address a limit counts: IPv4 as is, IPv6 by its /64, since one household or
 * office gets a whole /64 and can pick any address in it.
 */
export function clientKey(ip: string): string {
  let key = clientKeys.get(ip);
  if (key === undefined) {
    if (clientKeys.size >= MAX_CLIENT_KEYS) clientKeys.clear();
    key = keyOf(ip);
    clientKeys.set(ip, key);
  }
  return key;
}

function keyOf(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip; // Fastify's request.ip is an address; be safe anyway
  const address = ipaddr.process(ip); // an IPv4-mapped IPv6 address becomes plain IPv4
  if (address.kind() === 'ipv4') return address.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64`;
}

/**
 * Wrong passwords count per client address and per account (the e-mail address signed in
 * to), wherever a password is asked for: signing in, and confirming a change of account.
 */
export function wrongPasswordKeys(ip: string, email: string | undefined, limit: number): RefusalKey[] {
  const keys = [{ key: `password:ip:${clientKey(ip)}`, limit }];
  if (email !== undefined) keys.push({ key: `password:account:${email.trim().toLowerCase()}`, limit });
  return keys;
}

type Counter = { key: string; count: number; expiresAt: Date };
/** What this process knows of a key, and until when it may decide from that alone. */
type Known = { count: number; expiresAt: number; trustUntil: number };

/**
 * Counts refusals (a bad invite token, a wrong password) in the database, so that every
 * instance sees the same counts. Only a refusal writes. A request checks with one
 * primary-key read whether one of its keys is over its limit, unless this process already
 * knows the answer (decision 0004):
 * - a key found with no refusal is clean for CLEAN_FOR_MS (the hot path: almost every key
 *   is clean); this instance's own refusals end that at once, another's within CLEAN_FOR_MS;
 * - a key whose refusals are used up stays refused until its window ends (counts only grow
 *   within a window), so a blocked flood costs no statement at all;
 * - on the embedded database this process is the only writer (decision 0011), so what it
 *   last read or wrote is the count, and no check reads.
 * Each write returns the counts it left, which is what this process then knows.
 */
// What a process knows, per database handle: every limiter on one handle shares it, as the
// embedded database's one writer must (two apps on one handle, as in tests, are one writer).
const knowledge = new WeakMap<Database, { known: Map<string, Known>; recorded: number }>();

export function refusalLimiter(db: Database, windowMs: number) {
  const onlyWriter = driverOf(db) === 'pglite';
  // `recorded` is bumped by every refusal recorded here: a read that began before one must not teach.
  const state = knowledge.get(db) ?? { known: new Map<string, Known>(), recorded: 0 };
  knowledge.set(db, state);
  const known = state.known;
  const learn = (key: string, count: number, expiresAt: number, now: number) => {
    if (known.size >= MAX_KNOWN_KEYS) known.clear();
    known.set(key, {
      count,
      expiresAt,
      trustUntil: onlyWriter ? Number.POSITIVE_INFINITY : now + CLEAN_FOR_MS,
    });
  };
  /** null: decide by reading; else whether the key is used up now. */
  const decided = (k: RefusalKey, now: number): boolean | null => {
    const state = known.get(k.key);
    if (!state) return null;
    if (state.expiresAt <= now) return onlyWriter || state.count === 0 ? false : null;
    if (state.count >= k.limit) return true;
    return onlyWriter || (state.count === 0 && state.trustUntil > now) ? false : null;
  };

  // Reads and writes of requests that arrive together share one statement (in-flight-batch.ts).
  const read = inFlightBatch(async (batches: string[][]) => {
    const before = state.recorded;
    const keys = JSON.stringify([...new Set(batches.flat())]);
    const found: Counter[] = (
      await preparedRows<{ key: string; count: number; expires_at: string | Date }>(
        db,
        'roster_refusal_counts',
        sql`SELECT key, count, expires_at FROM rate_limit_counter
            WHERE key = ANY (ARRAY(SELECT jsonb_array_elements_text(${keys}::jsonb)))`,
      )
    ).map((row) => ({ key: row.key, count: row.count, expiresAt: new Date(row.expires_at) }));
    const untouched = state.recorded === before;
    return batches.map(() => ({ found, untouched }));
  });
  const write = inFlightBatch(async (batches: string[][]) => {
    const counts = new Map<string, number>();
    for (const key of batches.flat()) counts.set(key, (counts.get(key) ?? 0) + 1);
    const expiresAt = new Date(Date.now() + windowMs);
    // Sorted, so two instances writing the same keys lock them in the same order.
    const values = [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, count]) => ({ key, count, expiresAt }));
    const left: Counter[] = await db
      .insert(rateLimitCounter)
      .values(values)
      .onConflictDoUpdate({
        target: rateLimitCounter.key,
        set: {
          count: sql`CASE WHEN ${rateLimitCounter.expiresAt} <= now() THEN excluded.count ELSE ${rateLimitCounter.count} + excluded.count END`,
          expiresAt: sql`CASE WHEN ${rateLimitCounter.expiresAt} <= now() THEN excluded.expires_at ELSE ${rateLimitCounter.expiresAt} END`,
        },
      })
      .returning();
    return batches.map(() => left);
  });

  return {
    /** The seconds to wait if any key has used up its refusals, else null. */
    async blockedFor(keys: readonly RefusalKey[]): Promise<number | null> {
      const startedAt = Date.now();
      const unknown: RefusalKey[] = [];
      for (const k of keys) {
        const used = decided(k, startedAt);
        if (used) return secondsUntil(known.get(k.key)!.expiresAt, startedAt);
        if (used === null) unknown.push(k);
      }
      if (unknown.length === 0) return null;
      const { found, untouched } = await read(unknown.map((k) => k.key));
      const now = Date.now();
      if (untouched) {
        for (const { key } of unknown) {
          const row = found.find((r) => r.key === key);
          learn(key, row?.count ?? 0, row?.expiresAt.getTime() ?? 0, startedAt);
        }
      }
      for (const row of found) {
        const limit = unknown.find((k) => k.key === row.key)?.limit;
        if (limit !== undefined && row.count >= limit && row.expiresAt.getTime() > now) {
          return secondsUntil(row.expiresAt.getTime(), now);
        }
      }
      return null;
    },

    /**
     * What this process can say without reading: the seconds to wait if a key is used up,
     * null if every key is clean, 'unknown' if only a read (or the caller's own statement,
     * as the join's does) can tell.
     */
    decide(keys: readonly RefusalKey[]): number | null | 'unknown' {
      const now = Date.now();
      let unknown = false;
      for (const k of keys) {
        const used = decided(k, now);
        if (used) return secondsUntil(known.get(k.key)!.expiresAt, now);
        if (used === null) unknown = true;
      }
      return unknown ? 'unknown' : null;
    },

    /** Counts one refusal against every key; a key's window starts at its first refusal. */
    async record(keys: readonly RefusalKey[]): Promise<void> {
      state.recorded += 1;
      for (const { key } of keys) known.delete(key);
      const left = await write(keys.map((k) => k.key));
      const now = Date.now();
      for (const row of left) {
        if (keys.some((k) => k.key === row.key)) learn(row.key, row.count, row.expiresAt.getTime(), now);
      }
      // Expired counters are dead weight; an occasional refusal sweeps them.
      if (Math.random() < 0.01) {
        await db.delete(rateLimitCounter).where(sql`${rateLimitCounter.expiresAt} < now()`);
      }
    },
  };
}

export type RefusalLimiter = ReturnType<typeof refusalLimiter>;

/** Whole seconds to wait until `at` (epoch ms), at least one: what Retry-After says. */
export function secondsUntil(at: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((at - now) / 1000));
}

/** Answers 429 with Retry-After, in our error shape. */
export function refuseFor(reply: FastifyReply, seconds: number): never {
  reply.header('retry-after', String(seconds));
  throw new RosterError('RATE_LIMITED', `Too many attempts; try again in ${seconds} seconds.`);
}
