import type { Config } from '../config/load-config.ts';
import type { Database } from '../db/client.ts';
import type { Auth } from './auth/create-auth.ts';
import type { LiveHub } from './live/live-hub.ts';

/** What every route can reach through `app.roster`. */
export type RosterContext = {
  db: Database;
  config: Config;
  auth: Auth;
  inviteKey: Buffer;
  live: LiveHub;
};

export type Viewer = { id: string; email: string; name: string };

declare module 'fastify' {
  interface FastifyInstance {
    roster: RosterContext;
  }
  interface FastifyRequest {
    /** The signed-in user, or null; resolved once per request from the session cookie. */
    viewer(): Promise<Viewer | null>;
  }
}
