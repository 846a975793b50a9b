import { revokedGrants, type StreamGrant } from '../../core/live/stream-grants.ts';
import type { Database } from '../../db/client.ts';
import type { LiveHub } from './live-hub.ts';

type Watched = { grant: StreamGrant; end: () => void };

/**
 * Keeps every open live stream of this instance authorised, not only when it opened
 * (issue 14): the wake-ups sent after commit close a stream as soon as what let it open
 * changes, and a periodic re-check catches what sends none (a session or link that ran
 * out, a lost NOTIFY, a change made behind Roster's back).
 * - `signed-out` (any way a session ends): its streams close at once, no query;
 * - `invite` (link reset, paused, changed; organization deleted): that organization's
 *   streams re-check;
 * - `seats`: a stream asks `allowed` before it shows the new count, so a removed member
 *   never sees it. The asks of one wake-up are answered by one batched check;
 * - a newly registered stream is checked once, in the same batch, so a change that slipped
 *   in between its access check and its registration is not left to the periodic round.
 */
export function createStreamAccess(db: Database, live: LiveHub, options: { recheckMs: number }) {
  const open = new Set<Watched>();
  let asked: { watched: Watched; answer: (ok: boolean) => void }[] = [];

  async function check(streams: Watched[]): Promise<Set<Watched>> {
    if (streams.length === 0) return new Set();
    const revoked = await revokedGrants(
      db,
      streams.map((s) => s.grant),
    );
    const ended = new Set(streams.filter((s) => revoked.has(s.grant)));
    for (const s of ended) s.end();
    return ended;
  }
  const recheck = (streams: Watched[]) => void check(streams).catch(() => {}); // the next round tries again

  const unsubscribe = live.subscribe((message) => {
    if (message.kind === 'signed-out') {
      const ids = new Set(message.sessionIds);
      for (const s of open) if (s.grant.kind === 'session' && ids.has(s.grant.sessionId)) s.end();
    } else if (message.kind === 'invite') {
      recheck([...open].filter((s) => s.grant.organizationId === message.organizationId));
    }
  });
  const timer = setInterval(() => recheck([...open]), options.recheckMs);
  timer.unref();

  function flushAsked() {
    const batch = asked;
    asked = [];
    check(batch.map((a) => a.watched)).then(
      (ended) => {
        for (const a of batch) a.answer(!ended.has(a.watched));
      },
      // Unsure (the database is away): show nothing new; the periodic round decides.
      () => {
        for (const a of batch) a.answer(false);
      },
    );
  }

  return {
    /** Registers an open stream; `end` closes it. The returned function forgets it. */
    watch(grant: StreamGrant, end: () => void): { allowed(): Promise<boolean>; forget(): void } {
      const watched: Watched = { grant, end };
      open.add(watched);
      // A change that committed after this stream's access was read, and woke this instance
      // before the stream was registered here, would otherwise wait for the periodic round:
      // check it once now, batched with the other checks of this tick.
      if (asked.length === 0) setImmediate(flushAsked);
      asked.push({ watched, answer: () => {} });
      return {
        /** Whether the stream may still show what just changed (ended if not). */
        allowed() {
          if (!open.has(watched)) return Promise.resolve(false);
          return new Promise<boolean>((answer) => {
            if (asked.length === 0) setImmediate(flushAsked);
            asked.push({ watched, answer });
          });
        },
        forget: () => open.delete(watched),
      };
    },
    close() {
      clearInterval(timer);
      unsubscribe();
    },
  };
}
