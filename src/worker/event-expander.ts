import { expandEvents } from '../core/events/expand-events.ts';
import { EVENTS_CHANNEL, wakeupsFor } from '../core/live/wakeups.ts';
import type { Database, DatabaseHandle } from '../db/client.ts';

/**
 * Expands domain events after their commit (docs/decisions/0009): woken by this process's
 * wake-ups and, on PostgreSQL, by other instances' NOTIFY; polls as well, so a lost
 * wake-up or a crash before expansion only delays what it sends. Rounds never overlap.
 */
export function startEventExpander(options: {
  db: Database;
  pollMs: number;
  listen?: DatabaseHandle['listen'] | undefined;
  onError?: (error: unknown) => void;
}) {
  const { db } = options;
  const wakeups = wakeupsFor(db);
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  async function drain() {
    do {
      again = false;
      try {
        // Until a batch comes back short: one that read everything there was needs no
        // second look (a later event wakes the expander again).
        let round = await expandEvents(db);
        wakeups.bell(round.told);
        while (round.more && !stopped) {
          round = await expandEvents(db);
          wakeups.bell(round.told);
        }
      } catch (error) {
        options.onError?.(error);
      }
    } while (again && !stopped);
  }
  function kick() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain().finally(() => {
      running = undefined;
    });
  }
  const unsubscribe = wakeups.subscribe((message) => {
    if (message.kind === 'events') kick();
  });
  const stopListening = options.listen?.(EVENTS_CHANNEL, (payload) => {
    if (!payload.includes(wakeups.origin)) kick();
  });
  stopListening?.catch((error: unknown) => options.onError?.(error));
  const poll = () => {
    timer = setTimeout(() => {
      kick();
      poll();
    }, options.pollMs);
  };
  kick();
  poll();

  return {
    kick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      await (await stopListening?.catch(() => undefined))?.();
      await running;
    },
  };
}
