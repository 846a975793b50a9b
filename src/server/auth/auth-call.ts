import { isAPIError } from 'better-auth/api';
import type { FastifyReply } from 'fastify';

/**
 * Runs a better-auth endpoint for one of our routes and passes on the cookies it set (a
 * new session after a password change, the refreshed one after an address change).
 */
export async function withAuthCookies<T>(
  reply: FastifyReply,
  call: Promise<{ headers: Headers; response: T }>,
): Promise<T> {
  const { headers, response } = await call;
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  return response;
}

/** better-auth's code for a refusal it answered (INVALID_TOKEN, INVALID_PASSWORD …), else null. */
export function authRefusal(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const code = (error.body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : null;
}
