import { z } from 'zod';

/**
 * Domain events: one row per state change in `audit_event`, which is also the audit record
 * (docs/decisions/0009-domain-events.md). Each type has a versioned payload schema; a
 * change of meaning gets a new version, and readers accept every version still stored.
 */
const seatCounts = { seatsTotal: z.int(), seatsUsed: z.int() };

export const memberJoinedV1 = z.object({
  seat: z.enum(['plus', 'none']),
  role: z.enum(['owner', 'admin', 'member']),
  via: z.enum(['invite_link', 'seat_request']),
  plusFrom: z.enum(['personal', 'organization']).nullable(),
  /** The organization's seats as the join left them (for "n seats left", "last seat"). */
  ...seatCounts,
});

export const domainEventSchemas = {
  'member.joined': { 1: memberJoinedV1 },
} as const;

export type DomainEventType = keyof typeof domainEventSchemas;

export type DomainEvent = {
  type: 'member.joined';
  version: 1;
  organizationId: string;
  actorId: string | null;
  targetId: string | null;
  data: z.infer<typeof memberJoinedV1>;
};

/** Throws when an event does not match its schema: a bug, caught before it is written. */
export function checkEvent<E extends DomainEvent>(event: E): E {
  domainEventSchemas[event.type][event.version].parse(event.data);
  return event;
}
