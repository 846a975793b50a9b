import { expandEvents } from '../core/events/expand-events.ts';
import { EVENTS_CHANNEL, wakeupsFor } from '../core/live/wakeups.ts';
import type { Database, DatabaseHandle } from '../db/client.ts';

/**
 * How long a wake-up waits for more events before a round reads them: under a burst of
 * joins, rounds of a tenth of a second's events instead of one per flush of wake-ups
 * (every 25 ms), well inside the second in which the bell must show a notice.
 */
const GATHER_MS = 75;
const BATCH = 100;

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
  let gathering: NodeJS.Timeout | undefined;

  async function drain() {
    do {
      again = false;
      try {
        // Until a batch comes back short: one that read everything there was needs no
        // second look (a later event wakes the expander again).
        let round = await expandEvents(db, BATCH);
        wakeups.bell(round.told);
        while (round.more && !stopped) {
          round = await expandEvents(db, BATCH);
          wakeups.bell(round.told);
        }
      } catch (error) {
        options.onError?.(error);
      }
    } while (again && !stopped);
  }
  function run() {
    gathering = undefined;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain().finally(() => {
      running = undefined;
    });
  }
  /** Runs a round soon: `now` for the first look and the poll, after GATHER_MS for wake-ups. */
  function kick(now = false) {
    if (stopped) return;
    if (now) {
      clearTimeout(gathering);
      run();
    } else if (!gathering) {
      gathering = setTimeout(run, GATHER_MS);
    }
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
      kick(true);
      poll();
    }, options.pollMs);
  };
  kick(true);
  poll();

  return {
    kick: () => kick(true),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(gathering);
      unsubscribe();
      await (await stopListening?.catch(() => undefined))?.();
      await running;
    },
  };
}
