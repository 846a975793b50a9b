import { checkEvent, type DomainEvent } from '../../contracts/events.ts';
import type { Database } from '../../db/client.ts';
import { auditEvent } from '../../db/schema/organizations.ts';
import { wakeupsFor } from '../live/wakeups.ts';
import { eventRegistry } from './registry.ts';

/** Writes a domain event (the audit record too) in the caller's transaction, unexpanded. */
export async function recordEvent(tx: Database, event: DomainEvent): Promise<void> {
  checkEvent(event);
  await tx.insert(auditEvent).values({
    organizationId: event.organizationId,
    actorId: event.actorId,
    action: event.type,
    targetId: event.targetId,
    data: event.data,
    version: event.version,
  });
}

/**
 * After the event's transaction has committed (never inside it): wake the expander and
 * the pages that show what changed. Coalesced per process (core/live/wakeups.ts).
 */
export function afterCommit(db: Database, event: DomainEvent): void {
  const wakeups = wakeupsFor(db);
  wakeups.events();
  const seats = eventRegistry[event.type].liveSeats(event as never);
  if (seats) wakeups.seats(seats);
}
