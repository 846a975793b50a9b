import { countTurnedAway } from '../core/invites/count-turned-away.ts';
import type { Database } from '../db/client.ts';

/**
 * Looks for organizations whose day's count of people turned away is due (at most every
 * five minutes, sooner when the delay is shorter); the count itself decides what is due,
 * so a missed look or a restart only delays a notice.
 */
export function startTurnedAwayCounts(options: {
  db: Database;
  delayMs: number;
  onError: (error: unknown) => void;
}) {
  const everyMs = Math.max(1_000, Math.min(options.delayMs, 300_000));
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    running ??= countTurnedAway(options.db, { delayMs: options.delayMs })
      .catch(options.onError)
      .finally(() => {
        running = undefined;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
