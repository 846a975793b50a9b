import { inArray, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import ipaddr from 'ipaddr.js';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { rateLimitCounter } from '../../db/schema/rate-limits.ts';

/** How long a key found with no refusal is taken as clean without reading it again. */
export const CLEAN_FOR_MS = 1_000;
const MAX_CLEAN_KEYS = 10_000;

/** One counter: its key (kind and who) and how many refusals it allows in the window. */
export type RefusalKey = { key: string; limit: number };

/**
 * The address a limit counts: IPv4 as is, IPv6 by its /64, since one household or
 * office gets a whole /64 and can pick any address in it.
 */
export function clientKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip; // Fastify's request.ip is an address; be safe anyway
  const address = ipaddr.process(ip); // an IPv4-mapped IPv6 address becomes plain IPv4
  if (address.kind() === 'ipv4') return address.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64`;
}

/**
 * Counts refusals (a bad invite token, a wrong password) in PostgreSQL, so that every
 * instance sees the same counts. Only a refusal writes. A request checks with one
 * primary-key read whether one of its keys is over its limit, except that a key found with
 * no refusal at all is taken as clean for CLEAN_FOR_MS in this process (the invite preview
 * and the join are the hot path, and almost every key is clean): this instance's own
 * refusals end that at once, another instance's within CLEAN_FOR_MS (decision 0004).
 */
export function refusalLimiter(db: Database, windowMs: number) {
  const clean = new Map<string, number>();
  // Bumped by every refusal recorded here: a read that began before one must not mark clean.
  let recorded = 0;
  return {
    /** The seconds to wait if any key has used up its refusals, else null. */
    async blockedFor(keys: readonly RefusalKey[]): Promise<number | null> {
      const startedAt = Date.now();
      const unknown = keys.filter((k) => (clean.get(k.key) ?? 0) <= startedAt);
      if (unknown.length === 0) return null;
      const before = recorded;
      const rows = await db
        .select()
        .from(rateLimitCounter)
        .where(
          inArray(
            rateLimitCounter.key,
            unknown.map((k) => k.key),
          ),
        );
      const now = Date.now();
      for (const row of rows) {
        const limit = keys.find((k) => k.key === row.key)?.limit ?? Number.POSITIVE_INFINITY;
        if (row.count >= limit && row.expiresAt.getTime() > now) {
          return Math.ceil((row.expiresAt.getTime() - now) / 1000);
        }
      }
      if (recorded === before) {
        if (clean.size >= MAX_CLEAN_KEYS) clean.clear();
        for (const { key } of unknown) {
          if (!rows.some((row) => row.key === key)) clean.set(key, startedAt + CLEAN_FOR_MS);
        }
      }
      return null;
    },

    /** Counts one refusal against every key; a key's window starts at its first refusal. */
    async record(keys: readonly RefusalKey[]): Promise<void> {
      recorded += 1;
      for (const { key } of keys) clean.delete(key);
      for (const { key } of keys) {
        await db
          .insert(rateLimitCounter)
          .values({ key, count: 1, expiresAt: new Date(Date.now() + windowMs) })
          .onConflictDoUpdate({
            target: rateLimitCounter.key,
            set: {
              count: sql`CASE WHEN ${rateLimitCounter.expiresAt} <= now() THEN 1 ELSE ${rateLimitCounter.count} + 1 END`,
              expiresAt: sql`CASE WHEN ${rateLimitCounter.expiresAt} <= now() THEN excluded.expires_at ELSE ${rateLimitCounter.expiresAt} END`,
            },
          });
      }
      // Expired counters are dead weight; an occasional refusal sweeps them.
      if (Math.random() < 0.01) {
        await db.delete(rateLimitCounter).where(sql`${rateLimitCounter.expiresAt} < now()`);
      }
    },
  };
}

export type RefusalLimiter = ReturnType<typeof refusalLimiter>;

/** Answers 429 with Retry-After, in our error shape. */
export function refuseFor(reply: FastifyReply, seconds: number): never {
  reply.header('retry-after', String(seconds));
  throw new RosterError('RATE_LIMITED', `Too many attempts; try again in ${seconds} seconds.`);
}
