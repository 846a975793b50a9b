import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RosterError } from '../../contracts/errors.ts';
import { fetchHeaders } from '../auth/mount-auth.ts';
import type { Viewer } from '../context.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const viewerCache = new WeakMap<FastifyRequest, Promise<Viewer | null>>();

/**
 * Resolves the signed-in user lazily, and refuses cookie-authenticated writes from other
 * origins (CSRF): a browser always sends Origin on a cross-site POST, so a write that
 * carries our session cookie must come from our own origin or a trusted one.
 */
export function registerSession(app: FastifyInstance): void {
  const { auth, config } = app.roster;
  const allowedOrigins = new Set([new URL(config.baseUrl).origin, ...config.trustedOrigins]);

  app.decorateRequest('viewer', function viewer(this: FastifyRequest) {
    // No session cookie, nobody signed in: skip better-auth's lookup (most of a signed-out
    // preview's cost, measured with npm run bench).
    if (!this.headers.cookie?.includes('better-auth.session_token')) return Promise.resolve(null);
    let pending = viewerCache.get(this);
    if (!pending) {
      pending = auth.api
        .getSession({ headers: fetchHeaders(this) })
        .then((s) =>
          s ? { id: s.user.id, email: s.user.email, name: s.user.name, sessionId: s.session.id } : null,
        );
      viewerCache.set(this, pending);
    }
    return pending;
  });

  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/v1/')) return;
    if (!request.headers.cookie?.includes('better-auth.session_token')) return;
    if (request.headers.authorization?.startsWith('Bearer ')) return;
    const origin = request.headers.origin;
    if (!origin || !allowedOrigins.has(origin)) {
      throw new RosterError(
        'ORIGIN_NOT_ALLOWED',
        "Refused: a signed-in change must come from Roster's own pages, and this one came from another site or gave no Origin header.",
      );
    }
  });
}

export async function requireViewer(request: FastifyRequest): Promise<Viewer> {
  const viewer = await request.viewer();
  if (!viewer) throw new RosterError('UNAUTHENTICATED', 'Sign in first: this needs a signed-in user.');
  return viewer;
}
