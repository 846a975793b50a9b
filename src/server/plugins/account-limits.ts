import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  clientKey,
  type RefusalKey,
  refusalLimiter,
  refuseFor,
  wrongPasswordKeys,
} from './refusal-limits.ts';

/**
 * The limits of the account routes, kept in the shared counters of decision 0004 so every
 * instance sees them:
 * - mails (verification, password reset, new address): each one sent counts, per account,
 *   per e-mail address (whether or not an account has it, so a limit reveals nothing) and
 *   per client address; over the limit, 429 with Retry-After and nothing is sent;
 * - links: a forged or unknown verification or reset link is a bad token, counted with the
 *   bad invite links of the same client address and account (RATE_LIMIT_BAD_TOKENS);
 * - passwords asked for to confirm a change count with wrong sign-ins (RATE_LIMIT_WRONG_PASSWORDS).
 */
export function accountLimits(app: FastifyInstance) {
  const { config, db } = app.roster;
  const limits = config.rateLimits;
  const counters = refusalLimiter(db, limits.refusalWindowMs);

  async function guard(reply: FastifyReply, keys: RefusalKey[]) {
    const wait = await counters.blockedFor(keys);
    if (wait !== null) refuseFor(reply, wait);
    return () => counters.record(keys);
  }

  return {
    /** Refuses when a key has used up its mails; otherwise counts this one against each. */
    async mail(
      request: FastifyRequest,
      reply: FastifyReply,
      to: { emails: string[]; userId?: string },
    ): Promise<void> {
      const keys: RefusalKey[] = [
        { key: `mail:ip:${clientKey(request.ip)}`, limit: limits.accountMailsPerClient },
        ...to.emails.map((email) => ({ key: `mail:to:${email.toLowerCase()}`, limit: limits.accountMails })),
        ...(to.userId ? [{ key: `mail:user:${to.userId}`, limit: limits.accountMails }] : []),
      ];
      const count = await guard(reply, keys);
      await count();
    },

    /** Refuses a client that has guessed too much; returns how to count this link as bad. */
    async links(request: FastifyRequest, reply: FastifyReply): Promise<() => Promise<void>> {
      const viewer = await request.viewer();
      const keys = [{ key: `token:ip:${clientKey(request.ip)}`, limit: limits.badTokens }];
      if (viewer) keys.push({ key: `token:user:${viewer.id}`, limit: limits.badTokens });
      return guard(reply, keys);
    },

    /** Refuses after too many wrong passwords; returns how to count this one as wrong. */
    async password(
      request: FastifyRequest,
      reply: FastifyReply,
      email: string,
    ): Promise<() => Promise<void>> {
      return guard(reply, wrongPasswordKeys(request.ip, email, limits.wrongPasswords));
    },
  };
}

export type AccountLimits = ReturnType<typeof accountLimits>;
