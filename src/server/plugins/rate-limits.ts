import type {} from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { RosterError } from '../../contracts/errors.ts';

function limiter(app: FastifyInstance, max: number, key: (request: FastifyRequest) => Promise<string>) {
  return app.rateLimit({
    max,
    timeWindow: 60_000,
    keyGenerator: key,
    errorResponseBuilder: (_request, context) =>
      new RosterError('RATE_LIMITED', `Too many attempts; try again in ${context.after}.`),
  });
}

/** Per-IP limits slow down link guessing; the per-user limit stops one account hammering joins. */
export function inviteRateLimits(app: FastifyInstance): {
  preview: preHandlerAsyncHookHandler;
  joinByIp: preHandlerAsyncHookHandler;
  joinByUser: preHandlerAsyncHookHandler;
} {
  const limits = app.roster.config.rateLimits;
  return {
    preview: limiter(app, limits.previewPerMinute, async (r) => `preview:${r.ip}`),
    joinByIp: limiter(app, limits.joinPerMinute, async (r) => `join-ip:${r.ip}`),
    joinByUser: limiter(
      app,
      limits.joinPerUserPerMinute,
      async (r) => `join-user:${(await r.viewer())?.id ?? r.ip}`,
    ),
  };
}
