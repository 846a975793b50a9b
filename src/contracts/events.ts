import { z } from 'zod';
import { billingProviderNames } from './billing.ts';

/**
 * Domain events: one row per state change in `audit_event`, which is also the audit record
 * (docs/decisions/0009-domain-events.md). Each type has a versioned payload schema; a
 * change of meaning gets a new version, and readers accept every version still stored.
 */
const seatCounts = { seatsTotal: z.int(), seatsUsed: z.int() };
const role = z.enum(['owner', 'admin', 'member']);
const seat = z.enum(['plus', 'none']);

export const memberJoinedV1 = z.object({
  seat: z.enum(['plus', 'none']),
  role: z.enum(['owner', 'admin', 'member']),
  via: z.enum(['invite_link', 'seat_request']),
  plusFrom: z.enum(['personal', 'organization']).nullable(),
  /** The organization's seats as the join left them (for "n seats left", "last seat"). */
  ...seatCounts,
  /** The seat request admitted, when `via` is `seat_request`. */
  requestId: z.uuid().optional(),
  /** This join was the last its invite link allows (its maximum of joins is reached). */
  linkFull: z.literal(true).optional(),
});

/** What the member held when they left; the seats as the leave left them. */
export const memberLeftV2 = z.object({ role, seat, ...seatCounts });
/**
 * As v2; `deletedAccount` when they left by deleting their account: the user row is gone
 * when the event is expanded, so the name the managers are told is carried here. A stored
 * v2 row is a valid v3 payload.
 */
export const memberLeftV3 = memberLeftV2.extend({
  deletedAccount: z.object({ name: z.string() }).optional(),
});
/** What the removed member held. */
export const memberRemovedV1 = z.object({ role, seat });
export const memberRoleChangedV1 = z.object({ from: role, to: z.enum(['admin', 'member']) });
/** The member's role, and the seats as the claim left them (for "last seat taken"). */
export const seatAssignedV2 = z.object({ role, ...seatCounts });
export const seatReleasedV1 = z.object({
  /** `personal_plus_started`: they bought Plus themselves, so they are not told. */
  reason: z.enum(['unassigned', 'personal_plus_started']),
});
export const ownershipTransferredV1 = z.object({
  previousOwnerId: z.string(),
  newOwnerPreviousRole: role,
});
export const organizationCreatedV1 = z.object({ name: z.string(), seats: z.int(), ownerSeat: seat });
const change = z.object({ from: z.string(), to: z.string() });
// Each field is present only when it changed (name alone in events recorded before).
export const organizationUpdatedV1 = z.object({
  name: change.optional(),
  description: change.optional(),
  welcomeMessage: change.optional(),
});
export const organizationImageChangedV1 = z.union([
  z.object({ removed: z.literal(true) }),
  z.object({ contentType: z.string(), bytes: z.int(), hash: z.string() }),
]);
/**
 * Everything the deletion took away, since the rows are gone when the event is expanded:
 * the name, and every membership with what it held (each person is told, each webhook sent).
 */
export const organizationDeletedV2 = z.object({
  name: z.string(),
  seats: z.int(),
  members: z.int(),
  seatsReleased: z.int(),
  removed: z.array(z.object({ userId: z.string(), role, seat })),
});
export const inviteLinkRegeneratedV1 = z.object({ version: z.int() });
export const inviteLinkUpdatedV1 = z.object({
  paused: z.boolean().optional(),
  maxJoins: z.int().nullable().optional(),
  requiresApproval: z.boolean().optional(),
  expiresAt: z.string().nullable().optional(),
  allowedDomains: z.array(z.string()).optional(),
});

/** A request for a seat in a full organization, through the link at `linkVersion`; the seats as they were. */
export const seatRequestCreatedV2 = z.object({
  requestId: z.uuid(),
  linkVersion: z.int(),
  ...seatCounts,
  /** Asked because the link lets nobody in without approval, not for want of a seat. */
  approval: z.literal(true).optional(),
});
export const seatRequestDeclinedV1 = z.object({ requestId: z.uuid() });
/** The requester took their own pending request back (the invite page's Withdraw). */
export const seatRequestWithdrawnV1 = z.object({ requestId: z.uuid() });
/** A pending request its link no longer admits, ended by a change to the link (decision 0015). */
export const seatRequestEndedV1 = z.object({
  requestId: z.uuid(),
  reason: z.enum(['link_reset', 'link_paused', 'email_domain_not_allowed', 'email_not_verified']),
  /** The domains the link accepts, for the two e-mail reasons; empty otherwise. */
  allowedDomains: z.array(z.string()),
});

/**
 * Someone signed in opened a working link and could not join: no seat left, or an address
 * the link does not accept. Written after the refusal, never by the join (issue 16); the
 * person is the event's target, and nothing else about them is kept.
 */
export const joinRefusedV1 = z.object({
  reason: z.enum(['no_seats', 'email_domain_not_allowed', 'email_not_verified']),
});

/**
 * The day's count of people turned away for lack of seats since the last such count, at most
 * one a day per organization (src/core/invites/count-turned-away.ts), for its managers.
 */
export const seatsTurnedAwayV1 = z.object({
  people: z.int().positive(),
  since: z.iso.datetime(),
  until: z.iso.datetime(),
});

/**
 * A batch of e-mail invitations (decision 0030): the invitations, new or invited again, each
 * to get one mail carrying the link at `linkVersion`. Addresses stay in the invitation rows.
 */
export const invitationsSentV1 = z.object({
  invitationIds: z.array(z.uuid()).min(1),
  linkVersion: z.int(),
});
/** Invitations mailed again (by hand, or all those whose link was reset) with the link at `linkVersion`. */
export const invitationsResentV1 = invitationsSentV1;
export const invitationRevokedV1 = z.object({ invitationId: z.uuid() });
/** Someone opened the invite page from the invitation's mail (once, the first time). */
export const invitationOpenedV1 = z.object({ invitationId: z.uuid() });

/** Billing (decision 0017): the provider that set the seats, or `manual` for the owner's own count. */
const provider = z.enum(billingProviderNames);
const seatsFromTo = z.object({ from: z.int(), to: z.int() });
/** A new seat count; `seatsUsed` as the change left it (for "n seats left" and the webhook). */
export const seatsChangedV2 = z.object({ seats: seatsFromTo, seatsUsed: z.int(), provider });
/** A paid checkout became a subscription of the organization (created with it, or subscribed again). */
export const billingSubscribedV1 = z.object({ seats: z.int(), provider });
/** The subscription ended: every Plus seat released at once; `released` names who lost one. */
export const billingSubscriptionEndedV2 = z.object({
  status: z.string(),
  seats: seatsFromTo,
  seatsReleased: z.int(),
  released: z.array(z.string()),
  provider,
});
/**
 * After a subscription came back, the owner or an admin gave Plus back in one step to the
 * members an ended subscription had taken it from (`billing.subscription_ended`'s `released`).
 */
export const seatsRestoredV1 = z.object({
  restored: z.array(z.object({ userId: z.string(), role })),
  ...seatCounts,
});
/** A payment failed: the subscription is past due, and its seats stay until `until`. */
export const billingPaymentFailedV1 = z.object({ until: z.iso.datetime() });

/** The versions written today, one per type; the registry handles exactly these. */
export const domainEventSchemas = {
  'member.joined': { 1: memberJoinedV1 },
  'member.left': { 3: memberLeftV3 },
  'member.removed': { 1: memberRemovedV1 },
  'member.role_changed': { 1: memberRoleChangedV1 },
  'seat.assigned': { 2: seatAssignedV2 },
  'seat.released': { 1: seatReleasedV1 },
  'ownership.transferred': { 1: ownershipTransferredV1 },
  'organization.created': { 1: organizationCreatedV1 },
  'organization.updated': { 1: organizationUpdatedV1 },
  'organization.image_changed': { 1: organizationImageChangedV1 },
  'organization.deleted': { 2: organizationDeletedV2 },
  'invite_link.regenerated': { 1: inviteLinkRegeneratedV1 },
  'invite_link.updated': { 1: inviteLinkUpdatedV1 },
  'seat_request.created': { 2: seatRequestCreatedV2 },
  'seat_request.declined': { 1: seatRequestDeclinedV1 },
  'seat_request.ended': { 1: seatRequestEndedV1 },
  'seat_request.withdrawn': { 1: seatRequestWithdrawnV1 },
  'join.refused': { 1: joinRefusedV1 },
  'seats.turned_away': { 1: seatsTurnedAwayV1 },
  'invitations.sent': { 1: invitationsSentV1 },
  'invitations.resent': { 1: invitationsResentV1 },
  'invitation.revoked': { 1: invitationRevokedV1 },
  'invitation.opened': { 1: invitationOpenedV1 },
  'seats.changed': { 2: seatsChangedV2 },
  'billing.subscribed': { 1: billingSubscribedV1 },
  'billing.subscription_ended': { 2: billingSubscriptionEndedV2 },
  'billing.payment_failed': { 1: billingPaymentFailedV1 },
  'seats.restored': { 1: seatsRestoredV1 },
} as const;

/**
 * Versions no longer written, kept so every stored row has a schema. Most are only in the
 * audit log (written already expanded, before their use case wrote domain events); a
 * `member.left` v2 still waiting for expansion is expanded as the v3 it is a subset of.
 */
export const retiredEventSchemas = {
  'member.left': { 1: memberRemovedV1, 2: memberLeftV2 },
  'seat.assigned': { 1: z.object({}) },
  'organization.deleted': {
    1: organizationDeletedV2.omit({ removed: true }),
  },
  'seat_request.created': { 1: z.object({ requestId: z.uuid() }) },
  'seats.changed': { 1: z.object({ seats: seatsFromTo, provider: z.string() }) },
  'billing.subscription_ended': {
    1: z.object({ status: z.string(), seats: seatsFromTo, seatsReleased: z.int() }),
  },
} as const;

type Schemas = typeof domainEventSchemas;
export type DomainEventType = keyof Schemas;

/** One event as written and expanded: its type, its current version and its payload, typed together. */
export type DomainEvent = {
  [T in DomainEventType]: {
    [V in keyof Schemas[T]]: {
      type: T;
      version: V;
      organizationId: string;
      actorId: string | null;
      targetId: string | null;
      data: z.infer<Schemas[T][V] & z.ZodType>;
    };
  }[keyof Schemas[T]];
}[DomainEventType];

export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

/** Throws when an event does not match its schema: a bug, caught before it is written. */
export function checkEvent<E extends DomainEvent>(event: E): E {
  const versions: Partial<Record<number, z.ZodType>> = domainEventSchemas[event.type];
  const schema = versions[event.version];
  if (!schema) throw new Error(`${event.type} has no version ${event.version}`);
  schema.parse(event.data);
  return event;
}
