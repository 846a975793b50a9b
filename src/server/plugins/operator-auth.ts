import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { RosterError } from '../../contracts/errors.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The operator API takes `Authorization: Bearer ROSTER_API_KEY`, compared in constant time. */
export function operatorGuard(apiKey: string | undefined) {
  const expected = apiKey ? digest(apiKey) : null;
  return async (request: FastifyRequest) => {
    if (!expected) {
      throw new RosterError(
        'OPERATOR_API_DISABLED',
        'The operator API is off: set ROSTER_API_KEY to turn it on.',
      );
    }
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!given || !timingSafeEqual(digest(given), expected)) {
      throw new RosterError(
        'INVALID_API_KEY',
        'Send the operator API key as "Authorization: Bearer <ROSTER_API_KEY>".',
      );
    }
  };
}
