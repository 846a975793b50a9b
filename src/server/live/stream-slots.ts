import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientKey, refuseFor } from '../plugins/refusal-limits.ts';

/**
 * Open live streams per address (IPv6 by /64) and per account. A stream holds a socket
 * in this instance for as long as it is open, so the count is this instance's own.
 */
export function streamSlots(limits: { perAddress: number; perUser: number }) {
  const open = new Map<string, number>();
  const take = (key: string) => open.set(key, (open.get(key) ?? 0) + 1);
  const give = (key: string) => {
    const left = (open.get(key) ?? 1) - 1;
    if (left <= 0) open.delete(key);
    else open.set(key, left);
  };
  return {
    /** Takes a slot for this stream or answers 429; the returned function gives it back. */
    acquire(request: FastifyRequest, reply: FastifyReply, userId: string | null): () => void {
      const keys = [`ip:${clientKey(request.ip)}`];
      if (userId) keys.push(`user:${userId}`);
      const full = keys.some(
        (k) => (open.get(k) ?? 0) >= (k.startsWith('ip:') ? limits.perAddress : limits.perUser),
      );
      if (full) refuseFor(reply, 30);
      for (const k of keys) take(k);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        for (const k of keys) give(k);
      };
    },
  };
}
