import type { FastifyReply, FastifyRequest } from 'fastify';
import { RosterError } from '../../contracts/errors.ts';
import { hasPassword } from '../../core/account/has-password.ts';
import type { Viewer } from '../context.ts';
import type { AccountLimits } from '../plugins/account-limits.ts';
import { authRefusal } from './auth-call.ts';
import { fetchHeaders } from './mount-auth.ts';

/**
 * Asks for the account's password before a change that could take the account away (a new
 * address, deletion), so a session left open or stolen is not enough. Wrong passwords count
 * as wrong sign-ins do. An account without one (identity provider only) has only its session.
 */
export async function confirmPassword(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { viewer: Viewer; password: string | undefined; limits: AccountLimits },
): Promise<void> {
  const { auth, db } = request.server.roster;
  if (!(await hasPassword(db, options.viewer.id))) return;
  if (options.password === undefined) {
    throw new RosterError('VALIDATION_FAILED', 'Enter your current password to confirm this change.');
  }
  const countWrong = await options.limits.password(request, reply, options.viewer.email);
  try {
    await auth.api.verifyPassword({ body: { password: options.password }, headers: fetchHeaders(request) });
  } catch (error) {
    if (authRefusal(error) !== 'INVALID_PASSWORD') throw error;
    await countWrong();
    throw wrongPassword();
  }
}

export function wrongPassword(): RosterError {
  return new RosterError('WRONG_PASSWORD', 'That is not your current password.');
}
