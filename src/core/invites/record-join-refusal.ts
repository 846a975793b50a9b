import { RosterError } from '../../contracts/errors.ts';
import type { EventOf } from '../../contracts/events.ts';
import type { Database } from '../../db/client.ts';
import { afterCommit, recordEvents } from '../events/record-event.ts';

type Reason = EventOf<'join.refused'>['data']['reason'];

const REASONS: Partial<Record<string, Reason>> = {
  NO_SEATS_AVAILABLE: 'no_seats',
  EMAIL_DOMAIN_NOT_ALLOWED: 'email_domain_not_allowed',
  EMAIL_NOT_VERIFIED: 'email_not_verified',
};

/** How long refusals gather before one INSERT writes them: a flood is a statement per flush. */
const GATHER_MS = 25;
/** Distinct refusals remembered per day, so a person retrying is recorded once a day. */
const REMEMBERED = 50_000;

/**
 * Records a `join.refused` event for a refusal the join made, after it answered and never
 * inside its statement (issue 13: a refused join writes nothing). Only the refusals of a
 * working link are recorded — no seat, an address it does not accept — never a bad token,
 * which anyone can send. Refusals gather for a few milliseconds and are written together,
 * each person and reason once a day per process; a crash loses at most the last few
 * milliseconds' refusals, which count nothing the join depends on.
 */
export function joinRefusalRecorder(db: Database, onError: (error: unknown) => void) {
  let pending: Array<EventOf<'join.refused'>> = [];
  let timer: NodeJS.Timeout | undefined;
  let day = '';
  const seen = new Set<string>();

  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const events = pending;
    pending = [];
    if (events.length === 0) return;
    try {
      await recordEvents(db, events, { onlyWebhook: 'join.refused' });
      afterCommit(db, ...events);
    } catch (error) {
      onError(error);
    }
  }

  return {
    /** Notes the refusal if it is one of a working link; the caller's answer does not wait. */
    refused(organizationId: string, userId: string, error: unknown): void {
      const reason = error instanceof RosterError ? REASONS[error.code] : undefined;
      if (!reason) return;
      const today = new Date().toISOString().slice(0, 10);
      if (today !== day || seen.size >= REMEMBERED) {
        day = today;
        seen.clear();
      }
      const key = `${organizationId} ${userId} ${reason}`;
      if (seen.has(key)) return;
      seen.add(key);
      pending.push({
        type: 'join.refused',
        version: 1,
        organizationId,
        actorId: userId,
        targetId: userId,
        data: { reason },
      });
      timer ??= setTimeout(() => void flush(), GATHER_MS);
    },
    flush,
  };
}
