import { type InviteLoader, loadInvite, type ValidInvite } from '../core/invites/find-valid-invite.ts';
import type { Database } from '../db/client.ts';
import type { LiveHub } from './live/live-hub.ts';

/**
 * How long a cached organization + invite link may be served: the bound for a change whose
 * wake-up was lost (wake-ups are not durable) or made behind Roster's back. Seat changes,
 * link changes, renames, new images and deletions drop the entry as soon as their wake-up
 * arrives from any instance; changes made through this instance also drop it before their
 * response is sent (see app.ts). docs/decisions/0013.
 */
export const INVITE_CACHE_TTL_MS = 1_000;
const MAX_ENTRIES = 10_000;

type Entry = { value: ValidInvite; at: number };

/**
 * How long a join's pre-check may use a cached invite link. Any age is safe: the join's own
 * statement re-checks version, pause, expiry and domains under the link's lock, and a cached
 * link that refuses is read again before the refusal (src/core/invites/join-organization.ts).
 */
export const LINK_CACHE_TTL_MS = 60_000;

export type InviteCache = {
  load: InviteLoader;
  /** For checks made again under lock: not dropped by seat changes, which joins cause. */
  loadLink: InviteLoader;
  /** What `loadLink` would answer from memory, without a read; undefined if it would read. */
  cachedLink(organizationId: string): ValidInvite | undefined;
  /** Keeps for `loadLink` what was read by other means (with the session, for a join). */
  rememberLink(value: ValidInvite): void;
  /** Drops what is known of these organizations; loads already running will not store. */
  forget(organizationIds: Iterable<string>): void;
  close(): void;
};

/**
 * A per-process cache of what the invite preview reads (organization name, image, seat
 * counts; link version, pause, expiry, domains). The preview is read far more often than
 * any of it changes. The preview uses `load`; a join's pre-check uses `loadLink`.
 */
export function createInviteCache(db: Database, live: LiveHub): InviteCache {
  const read = loadInvite(db);
  const entries = new Map<string, Entry>();
  // Bumped by forget(): a load that began before a change must not store what it read.
  // `epoch` moves when the map of generations is emptied, which would otherwise reset them.
  const generations = new Map<string, number>();
  let epoch = 0;
  const forgetOne = (id: string) => {
    entries.delete(id);
    generations.set(id, (generations.get(id) ?? 0) + 1);
    if (generations.size > MAX_ENTRIES) {
      generations.clear();
      epoch += 1;
    }
  };
  const links = new Map<string, Entry>();
  function cachedLink(organizationId: string): ValidInvite | undefined {
    const hit = links.get(organizationId);
    return hit && Date.now() - hit.at < LINK_CACHE_TTL_MS ? hit.value : undefined;
  }
  // Any age is safe for what loadLink serves (see LINK_CACHE_TTL_MS), so no generation check.
  function storeLink(value: ValidInvite, at: number) {
    if (links.size >= MAX_ENTRIES) links.clear();
    links.set(value.organization.id, { value, at });
  }
  const unsubscribe = live.subscribe((message) => {
    if (message.kind === 'seats' || message.kind === 'invite') forgetOne(message.organizationId);
    if (message.kind === 'invite') links.delete(message.organizationId);
  });
  return {
    async load(organizationId) {
      const hit = entries.get(organizationId);
      if (hit && Date.now() - hit.at < INVITE_CACHE_TTL_MS) return hit.value;
      const generation = generations.get(organizationId) ?? 0;
      const startEpoch = epoch;
      const at = Date.now();
      const value = await read(organizationId);
      // Unknown organizations are not cached: one made a moment ago elsewhere must work.
      if (value && epoch === startEpoch && (generations.get(organizationId) ?? 0) === generation) {
        if (entries.size >= MAX_ENTRIES) entries.clear();
        entries.set(organizationId, { value, at });
      }
      return value;
    },
    async loadLink(organizationId) {
      const hit = cachedLink(organizationId);
      if (hit) return hit;
      const at = Date.now();
      const value = await read(organizationId);
      if (value) storeLink(value, at);
      return value;
    },
    cachedLink,
    rememberLink: (value) => storeLink(value, Date.now()),
    forget(ids) {
      for (const id of ids) forgetOne(id);
    },
    close: unsubscribe,
  };
}
