import type {} from '@fastify/rate-limit';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onErrorAsyncHookHandler,
  preHandlerAsyncHookHandler,
} from 'fastify';
import { RosterError } from '../../contracts/errors.ts';
import { RefusalsUsedUp } from '../../core/invites/join-organization.ts';
import { clientKey, type RefusalKey, refusalLimiter, refuseFor, secondsUntil } from './refusal-limits.ts';

const WINDOW_MS = 60_000;

/** A flood ceiling: counts every request, in this instance's memory, per address (IPv6 by /64). */
export function perIp(app: FastifyInstance, name: string, max: number) {
  return app.rateLimit({
    max,
    timeWindow: WINDOW_MS,
    keyGenerator: async (request) => `${name}:${clientKey(request.ip)}`,
    errorResponseBuilder: (_request, context) =>
      new RosterError('RATE_LIMITED', `Too many attempts; try again in ${context.after}.`),
  });
}

/**
 * @fastify/rate-limit runs at most one of its limiters per request (it marks the request),
 * so the second limit on join, per signed-in user, is this fixed-window counter.
 */
export function perUser(max: number) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const count = (userId: string, now: number) => {
    let entry = windows.get(userId);
    if (!entry || entry.resetAt <= now) {
      if (windows.size >= 50_000) for (const [id, e] of windows) if (e.resetAt <= now) windows.delete(id);
      entry = { count: 0, resetAt: now + WINDOW_MS };
      windows.set(userId, entry);
    }
    entry.count += 1;
    return entry;
  };
  // A join whose statement checks its session (decision 0034) is counted before it by the
  // user its cookie last belonged to here, or, the first time, after it by whom it found.
  const uncounted = new WeakSet<FastifyRequest>();
  const hook: preHandlerAsyncHookHandler = async function limitPerUser(request, reply) {
    const deferred = request.deferredSession();
    const userId = deferred ? deferred.knownUserId : (await request.viewer())?.id;
    if (!userId) {
      if (deferred) uncounted.add(request);
      return;
    }
    const now = Date.now();
    const entry = count(userId, now);
    if (entry.count > max) {
      const seconds = Math.ceil((entry.resetAt - now) / 1000);
      reply.header('retry-after', String(seconds));
      throw new RosterError('RATE_LIMITED', `Too many attempts; try again in ${seconds} seconds.`);
    }
  };
  return Object.assign(hook, {
    /** Counts a request the hook could not attribute before its statement found the user. */
    settled(request: FastifyRequest, userId: string) {
      if (uncounted.delete(request)) count(userId, Date.now());
    },
  });
}

/** Refusals of an invite link that count towards guessing; seats running out do not. */
const GUESS_CODES = new Set(['INVITE_INVALID', 'EMAIL_DOMAIN_NOT_ALLOWED']);

/**
 * Invite routes: generous per-address flood ceilings (they count successes, so they are
 * set for an office behind one address), and the guessing limit, which counts only bad
 * links, per address and per signed-in account, shared by every instance.
 */
export function inviteRateLimits(app: FastifyInstance) {
  const { config, db } = app.roster;
  const limits = config.rateLimits;
  const refusals = refusalLimiter(db, limits.refusalWindowMs);
  const keysOf = async (request: FastifyRequest): Promise<RefusalKey[]> => {
    // A join that checks its session itself counts the user's key in its statement (below).
    const viewer = request.deferredSession() ? null : await request.viewer();
    const keys = [{ key: `token:ip:${clientKey(request.ip)}`, limit: limits.badTokens }];
    if (viewer) keys.push({ key: `token:user:${viewer.id}`, limit: limits.badTokens });
    return keys;
  };
  const guardTokens: preHandlerAsyncHookHandler = async (request, reply) => {
    const wait = await refusals.blockedFor(await keysOf(request));
    if (wait !== null) refuseFor(reply, wait);
  };
  const countBadTokens: onErrorAsyncHookHandler = async (request, _reply, error) => {
    if (error instanceof RosterError && GUESS_CODES.has(error.code))
      await refusals.record(await keysOf(request));
  };
  // A join whose counters this process cannot decide does not read them first: the join's
  // own statement refuses if one is used up, and a link refused before that statement reads
  // them before it answers. Most joiners are people this process has never seen.
  const undecided = new WeakMap<FastifyRequest, RefusalKey[]>();
  const guardJoin: preHandlerAsyncHookHandler = async (request, reply) => {
    const keys = await keysOf(request);
    const decision = refusals.decide(keys);
    if (typeof decision === 'number') refuseFor(reply, decision);
    // A statement that checks its session counts the user's key itself, so it is undecided.
    if (decision === 'unknown' || request.deferredSession()) undecided.set(request, keys);
  };
  return {
    preview: [perIp(app, 'preview', limits.previewPerMinute), guardTokens],
    joinCeiling: perIp(app, 'join', limits.joinPerMinute),
    /** After the ceiling: the guessing limit, whose keys need the viewer (a session lookup). */
    guardJoin,
    joinByUser: perUser(limits.joinPerUserPerMinute),
    countBadTokens,
    /**
     * The counters a join's statement must check (see guardJoin), if any; with its session
     * left to the statement, always its user's too, named by `userKeyPrefix`.
     */
    joinRefusals(request: FastifyRequest) {
      const keys = undecided.get(request);
      const userKeyPrefix = request.deferredSession() ? 'token:user:' : undefined;
      return keys && { keys: keys.map((k) => k.key), limit: limits.badTokens, userKeyPrefix };
    },
    /** A join failed: answer 429 instead if its counters were used up. */
    async refusedJoin(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<void> {
      if (error instanceof RefusalsUsedUp) {
        refuseFor(reply, secondsUntil(error.untilMs));
      }
      // Asked again now: a statement that checked its session has settled who asked.
      const keys = undecided.has(request) ? await keysOf(request) : undefined;
      if (keys && error instanceof RosterError && GUESS_CODES.has(error.code)) {
        const wait = await refusals.blockedFor(keys);
        if (wait !== null) refuseFor(reply, wait);
      }
    },
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
