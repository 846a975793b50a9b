import type { Config } from '../config/load-config.ts';
import type { PaymentProvider } from '../contracts/payment-provider.ts';
import type { BillingContext } from '../core/billing/billing-context.ts';
import type { ValidInvite } from '../core/invites/find-valid-invite.ts';
import type { Database } from '../db/client.ts';
import type { Auth } from './auth/create-auth.ts';
import type { StatementSession } from './auth/session-lookup.ts';
import type { InviteCache } from './invite-cache.ts';
import type { LiveHub } from './live/live-hub.ts';

/** What every route can reach through `app.roster`. */
export type RosterContext = {
  db: Database;
  config: Config;
  auth: Auth;
  inviteKey: Buffer;
  live: LiveHub;
  /** How seats are billed; `payments` is null with the `manual` provider. */
  billing: { context: BillingContext; payments: PaymentProvider | null };
  /** What the invite preview reads, per process (src/server/invite-cache.ts). */
  inviteCache: InviteCache;
};

/** The signed-in user, and the session they are signed in with (a live stream ends with it). */
export type Viewer = { id: string; email: string; name: string; sessionId: string };

/**
 * The viewer, and an organization's invite as stored when it was read with the session
 * (null: no such organization; undefined: not read, look it up as usual).
 */
export type ViewerAndInvite = { viewer: Viewer | null; invite?: ValidInvite | null };

/**
 * A session the route's own statement will check (the join's, decision 0034): its verified
 * token and rules, whether the statement marks the member active, and whose it was when this
 * process last saw it (a hint for limits counted per user).
 */
export type DeferredSession = StatementSession & { touch: boolean; knownUserId: string | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    roster: RosterContext;
  }
  interface FastifyRequest {
    /** The signed-in user, or null; resolved once per request from the session cookie. */
    viewer(): Promise<Viewer | null>;
    /**
     * The same, with `organizationId`'s invite read in the same statement if this is the
     * request's first ask (a join's pre-check then costs no round trip of its own).
     */
    viewerAndInvite(organizationId: string): Promise<ViewerAndInvite>;
    /**
     * Leaves the session to the route's own statement, if the cookie allows (else null, and
     * `viewer()` looks it up as usual); hooks then ask `deferredSession()` instead.
     */
    deferSession(): Promise<DeferredSession | null>;
    deferredSession(): DeferredSession | undefined;
    /**
     * What the route's statement found: `viewer()` answers it from now on; undefined, the
     * statement could not tell, and `viewer()` looks the session up as usual.
     */
    settleViewer(viewer: Viewer | null | undefined): void;
  }
}
