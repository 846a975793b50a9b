import { inArray, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import ipaddr from 'ipaddr.js';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { rateLimitCounter } from '../../db/schema/rate-limits.ts';

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
 * instance sees the same counts. Only a refusal writes; a request first checks with one
 * primary-key read whether one of its keys is already over its limit.
 */
export function refusalLimiter(db: Database, windowMs: number) {
  return {
    /** The seconds to wait if any key has used up its refusals, else null. */
    async blockedFor(keys: readonly RefusalKey[]): Promise<number | null> {
      if (keys.length === 0) return null;
      const rows = await db
        .select()
        .from(rateLimitCounter)
        .where(
          inArray(
            rateLimitCounter.key,
            keys.map((k) => k.key),
          ),
        );
      const now = Date.now();
      for (const row of rows) {
        const limit = keys.find((k) => k.key === row.key)?.limit ?? Number.POSITIVE_INFINITY;
        if (row.count >= limit && row.expiresAt.getTime() > now) {
          return Math.ceil((row.expiresAt.getTime() - now) / 1000);
        }
      }
      return null;
    },

    /** Counts one refusal against every key; a key's window starts at its first refusal. */
    async record(keys: readonly RefusalKey[]): Promise<void> {
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
