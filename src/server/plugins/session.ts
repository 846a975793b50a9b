import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RosterError } from '../../contracts/errors.ts';
import { ActivityThrottle, recordActivity } from '../../core/members/record-activity.ts';
import { fetchHeaders } from '../auth/mount-auth.ts';
import { createSessionLookup } from '../auth/session-lookup.ts';
import type { DeferredSession, Viewer, ViewerAndInvite } from '../context.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const viewerCache = new WeakMap<FastifyRequest, Promise<ViewerAndInvite>>();
// Sessions a route's own statement checks (the join): until it settles the viewer, no hook
// looks the session up, and none may need to.
const deferred = new WeakMap<FastifyRequest, DeferredSession>();

/**
 * Whose session a cookie was, as last found here: a limit counted per user can still be
 * checked before a statement that looks the session up itself. Only a hint (the statement
 * checks the session); bounded.
 */
const knownUsers = {
  users: new Map<string, string>(),
  learn(cookie: string, userId: string) {
    if (this.users.size >= 50_000) this.users.clear();
    this.users.set(cookie, userId);
  },
  get(cookie: string): string | undefined {
    return this.users.get(cookie);
  },
};

/**
 * Resolves the signed-in user lazily, and refuses cookie-authenticated writes from other
 * origins (CSRF): a browser always sends Origin on a cross-site POST, so a write that
 * carries our session cookie must come from our own origin or a trusted one.
 */
export function registerSession(app: FastifyInstance): void {
  const { auth, config, db } = app.roster;
  const allowedOrigins = new Set([new URL(config.baseUrl).origin, ...config.trustedOrigins]);
  const { lookup, forStatement } = createSessionLookup(db, auth);
  // A signed-in request to the API marks its member active, at most once every five
  // minutes per session here (and per membership in SQL, across instances).
  const activity = new ActivityThrottle();

  async function resolve(
    request: FastifyRequest,
    cookie: string,
    inviteOf?: string,
  ): Promise<ViewerAndInvite> {
    const active = request.url.startsWith('/api/v1/');
    const touch = (token: string) => active && activity.take(token);
    const found = await lookup(cookie, touch, inviteOf);
    if (found !== 'ask-better-auth') {
      if (found.viewer) knownUsers.learn(cookie, found.viewer.id);
      return found;
    }
    // Expired (better-auth deletes it), due for refresh, or "don't remember me": its rules.
    const s = await auth.api.getSession({ headers: fetchHeaders(request) });
    if (!s) return { viewer: null };
    if (touch(s.session.token)) await recordActivity(db, s.user.id);
    return { viewer: { id: s.user.id, email: s.user.email, name: s.user.name, sessionId: s.session.id } };
  }

  // Once per request, by whichever asks first: the later asker gets the first one's answer.
  function viewerAndInvite(request: FastifyRequest, inviteOf?: string): Promise<ViewerAndInvite> {
    // No session cookie, nobody signed in: no lookup at all (most of a signed-out
    // preview's cost, measured with npm run bench).
    const cookie = request.headers.cookie;
    if (!cookie?.includes('better-auth.session_token')) return Promise.resolve({ viewer: null });
    let pending = viewerCache.get(request);
    if (!pending) {
      pending = resolve(request, cookie, inviteOf);
      viewerCache.set(request, pending);
    }
    return pending;
  }

  app.decorateRequest('viewer', function viewer(this: FastifyRequest): Promise<Viewer | null> {
    return viewerAndInvite(this).then((found) => found.viewer);
  });
  app.decorateRequest('viewerAndInvite', function (this: FastifyRequest, organizationId: string) {
    return viewerAndInvite(this, organizationId);
  });

  app.decorateRequest('deferSession', async function (this: FastifyRequest) {
    const cookie = this.headers.cookie;
    if (!cookie?.includes('better-auth.session_token') || viewerCache.has(this)) return null;
    const session = await forStatement(cookie);
    if (!session) return null;
    const deferredSession: DeferredSession = {
      ...session,
      touch: activity.take(session.token),
      knownUserId: knownUsers.get(cookie),
    };
    deferred.set(this, deferredSession);
    return deferredSession;
  });
  app.decorateRequest('deferredSession', function (this: FastifyRequest) {
    return deferred.get(this);
  });
  app.decorateRequest('settleViewer', function (this: FastifyRequest, viewer: Viewer | null | undefined) {
    deferred.delete(this);
    if (viewer === undefined) {
      viewerCache.delete(this);
      return;
    }
    viewerCache.set(this, Promise.resolve({ viewer }));
    if (viewer && this.headers.cookie) knownUsers.learn(this.headers.cookie, viewer.id);
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
