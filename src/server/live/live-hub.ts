import { LIVE_CHANNEL, type LiveMessage } from '../../core/live/publish-live.ts';
import type { DatabaseHandle } from '../../db/client.ts';

export type LiveHub = {
  subscribe(listener: (message: LiveMessage) => void): () => void;
  close(): Promise<void>;
};

/**
 * One LISTEN per Roster instance, fanned out in memory to every open stream. Changes made
 * by any instance sharing the database arrive here, because NOTIFY goes through PostgreSQL.
 */
export async function createLiveHub(listen: DatabaseHandle['listen'] | undefined): Promise<LiveHub> {
  const listeners = new Set<(message: LiveMessage) => void>();
  const stop = listen
    ? await listen(LIVE_CHANNEL, (payload) => {
        let message: LiveMessage;
        try {
          message = JSON.parse(payload) as LiveMessage;
        } catch {
          return; // not ours
        }
        for (const listener of listeners) listener(message);
      })
    : async () => {};
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: stop,
  };
}
