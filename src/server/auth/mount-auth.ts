import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RosterError } from '../../contracts/errors.ts';
import { perIp } from '../plugins/rate-limits.ts';
import { type RefusalKey, refusalLimiter, refuseFor, wrongPasswordKeys } from '../plugins/refusal-limits.ts';
import { type Auth, CLIENT_IP_HEADER } from './create-auth.ts';
import { documentedAuthRoutes } from './documented-auth-routes.ts';

/** Wrong passwords count per address and per account; a right one costs no write. */
function passwordKeys(request: FastifyRequest, limit: number): RefusalKey[] {
  const body = request.body as { email?: unknown } | undefined;
  return wrongPasswordKeys(request.ip, typeof body?.email === 'string' ? body.email : undefined, limit);
}

/** Turns a Fastify request's headers into Fetch headers, with our client-address header. */
export function fetchHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === CLIENT_IP_HEADER) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set(CLIENT_IP_HEADER, request.ip);
  return headers;
}

/**
 * better-auth speaks Fetch; this route hands it every /api/auth/* request. Its own limiter
 * is off (it counts successes: three sign-ups per 10 s per address would stop an office);
 * this route has a generous flood ceiling and counts wrong passwords instead.
 */
export function mountAuth(app: FastifyInstance, auth: Auth, baseUrl: string): void {
  const { config, db } = app.roster;
  const refusals = refusalLimiter(db, config.rateLimits.refusalWindowMs);
  const preHandler = perIp(app, 'auth', config.rateLimits.authPerMinute);
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const signIn = request.method === 'POST' && request.url.split('?')[0] === '/api/auth/sign-in/email';
    const keys = signIn ? passwordKeys(request, config.rateLimits.wrongPasswords) : [];
    const wait = await refusals.blockedFor(keys);
    if (wait !== null) refuseFor(reply, wait);
    const hasBody = request.method !== 'GET' && request.body !== undefined;
    const response = await auth.handler(
      new Request(new URL(request.url, baseUrl), {
        method: request.method,
        headers: fetchHeaders(request),
        body: hasBody ? JSON.stringify(request.body) : undefined,
      }),
    );
    if (signIn && response.status === 401) await refusals.record(keys);
    // No such endpoint (or one of its paths that our own routes replace, decision 0020):
    // better-auth answers a bare 404 (`null`, "Not Found"); answer it as every route does.
    if (response.status === 404 && !(await response.clone().text()).startsWith('{')) {
      throw new RosterError('NOT_FOUND', `There is no ${request.method} ${request.url.split('?')[0]} route.`);
    }
    // Its own input check (a route our schemas do not front, or a path too long for them)
    // answers `{ message, code: 'VALIDATION_ERROR' }`: answer it in our shape.
    if (response.status === 400) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { code?: unknown; message?: unknown } | null;
      if (body?.code === 'VALIDATION_ERROR') {
        throw new RosterError(
          'VALIDATION_FAILED',
          `The request was refused: ${String(body.message ?? 'invalid input')}.`,
        );
      }
    }
    reply.status(response.status);
    for (const [name, value] of response.headers) {
      if (name !== 'set-cookie') reply.header(name, value);
    }
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) reply.header('set-cookie', cookies);
    return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
  };
  app.route({ method: ['GET', 'POST'], url: '/api/auth/*', schema: { hide: true }, preHandler, handler });
  // The same handler behind routes with their own schemas, for the OpenAPI document and our
  // error shape on bad input; the most specific route wins over the catch-all.
  for (const route of documentedAuthRoutes(config)) app.route({ ...route, preHandler, handler });
}
