import type {} from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { RosterError } from '../../contracts/errors.ts';

const WINDOW_MS = 60_000;

function perIp(app: FastifyInstance, name: string, max: number) {
  return app.rateLimit({
    max,
    timeWindow: WINDOW_MS,
    keyGenerator: async (request) => `${name}:${request.ip}`,
    errorResponseBuilder: (_request, context) =>
      new RosterError('RATE_LIMITED', `Too many attempts; try again in ${context.after}.`),
  });
}

/**
 * @fastify/rate-limit runs at most one of its limiters per request (it marks the request),
 * so the second limit on join, per signed-in user, is this fixed-window counter.
 */
export function perUser(max: number): preHandlerAsyncHookHandler {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return async function limitPerUser(request: FastifyRequest, reply: FastifyReply) {
    const viewer = await request.viewer();
    if (!viewer) return;
    const now = Date.now();
    let entry = windows.get(viewer.id);
    if (!entry || entry.resetAt <= now) {
      if (windows.size >= 50_000) for (const [id, e] of windows) if (e.resetAt <= now) windows.delete(id);
      entry = { count: 0, resetAt: now + WINDOW_MS };
      windows.set(viewer.id, entry);
    }
    entry.count += 1;
    if (entry.count > max) {
      const seconds = Math.ceil((entry.resetAt - now) / 1000);
      reply.header('retry-after', String(seconds));
      throw new RosterError('RATE_LIMITED', `Too many attempts; try again in ${seconds} seconds.`);
    }
  };
}

/** Per-IP limits slow down link guessing; the per-user limit stops one account hammering joins. */
export function inviteRateLimits(app: FastifyInstance) {
  const limits = app.roster.config.rateLimits;
  return {
    preview: perIp(app, 'preview', limits.previewPerMinute),
    joinByIp: perIp(app, 'join', limits.joinPerMinute),
    joinByUser: perUser(limits.joinPerUserPerMinute),
  };
}

/**
 * Each of these reaches Stripe, whose API has a rate limit of its own shared by every user of
 * this Roster: one account must not be able to spend it (or fill the checkout table).
 * Polling a checkout once a second stays under its limit.
 */
export function billingRateLimits() {
  return {
    startCheckout: perUser(10),
    checkoutStatus: perUser(120),
    portal: perUser(30),
    seats: perUser(60),
  };
}
