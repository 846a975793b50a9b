import { LIVE_CHANNEL, type LiveMessage, type Wakeup, type Wakeups } from '../../core/live/wakeups.ts';
import type { DatabaseHandle } from '../../db/client.ts';

export type LiveHub = {
  subscribe(listener: (message: LiveMessage) => void): () => void;
  close(): Promise<void>;
};

/**
 * One LISTEN per Roster instance, fanned out in memory to every open stream. Changes made
 * by any instance sharing the database arrive here, because NOTIFY goes through PostgreSQL.
 */
export async function createLiveHub(
  listen: DatabaseHandle['listen'] | undefined,
  wakeups?: Wakeups,
): Promise<LiveHub> {
  const listeners = new Set<(message: LiveMessage) => void>();
  const fanOut = (message: Wakeup) => {
    if (message.kind === 'events') return;
    for (const listener of listeners) listener(message);
  };
  // This process's own wake-ups arrive in memory; other instances' through NOTIFY.
  const unsubscribe = wakeups?.subscribe(fanOut);
  const stopListening = listen
    ? await listen(LIVE_CHANNEL, (payload) => {
        let message: LiveMessage & { origin?: string };
        try {
          message = JSON.parse(payload) as LiveMessage & { origin?: string };
        } catch {
          return; // not ours
        }
        if (wakeups && message.origin === wakeups.origin) return; // heard already, in memory
        fanOut(message);
      })
    : async () => {};
  const stop = async () => {
    unsubscribe?.();
    await stopListening();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: stop,
  };
}
