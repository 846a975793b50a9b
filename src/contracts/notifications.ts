import { z } from 'zod';
import { pageQuery } from './pagination.ts';

/** Every kind of notification, with whether it is on by default in the app and by e-mail. */
export const notificationDefaults = {
  welcome: { inApp: true, email: true },
  member_joined: { inApp: true, email: true },
  last_seat_taken: { inApp: true, email: true },
  member_removed: { inApp: true, email: true },
  member_left: { inApp: true, email: false },
  role_changed: { inApp: true, email: true },
  seat_assigned: { inApp: true, email: true },
  seat_removed: { inApp: true, email: true },
  invite_link_regenerated: { inApp: true, email: false },
  seats_changed: { inApp: true, email: false },
  seat_requested: { inApp: true, email: true },
  seat_request_admitted: { inApp: true, email: true },
  seat_request_declined: { inApp: true, email: true },
  payment_failed: { inApp: true, email: true },
  subscription_ended: { inApp: true, email: true },
  organization_deleted: { inApp: true, email: true },
  seat_request_ended: { inApp: true, email: true },
  people_turned_away: { inApp: true, email: true },
} as const satisfies Record<string, { inApp: boolean; email: boolean }>;

export type NotificationType = keyof typeof notificationDefaults;
export const notificationTypes = Object.keys(notificationDefaults) as [
  NotificationType,
  ...NotificationType[],
];

/** What a notification carries: names as they were when it happened, never secrets. */
export const notificationDataSchema = z.object({
  organizationName: z.string(),
  actorName: z.string().nullable().optional(),
  subjectName: z.string().nullable().optional(),
  seat: z.enum(['plus', 'none']).optional(),
  role: z.string().optional(),
  seatsAvailable: z.int().optional(),
  seatsTotal: z.int().optional(),
  previousSeats: z.int().optional(),
  /** How many people could not join (the daily count of people turned away). */
  people: z.int().optional(),
  /** A request to join through a link that requires approval (not for want of a seat). */
  approval: z.boolean().optional(),
  /** The seat request a `seat_requested` notice is about: the bell's Approve (or Admit) and Decline act on it. */
  requestId: z.uuid().optional(),
  /** A deadline (ISO date-time), such as the end of a grace period. */
  until: z.string().optional(),
  /**
   * Why a seat request ended (what happened to the invite link it came through), or that a
   * member left by deleting their account.
   */
  reason: z
    .enum(['link_reset', 'link_paused', 'email_domain_not_allowed', 'email_not_verified', 'account_deleted'])
    .optional(),
  /** The organization's welcome message, plain text, on a welcome (issue 16). */
  welcomeMessage: z.string().optional(),
  /** The e-mail domains an invite link accepts, when that is the reason. */
  domains: z.array(z.string()).optional(),
});
export type NotificationData = z.infer<typeof notificationDataSchema>;

/** An outbox row of kind `email`: what the worker needs to send it, rendered from these facts alone. */
export const emailPayloadSchema = z.object({
  to: z.string(),
  userId: z.string(),
  recipientName: z.string(),
  type: z.enum(notificationTypes),
  title: z.string(),
  data: notificationDataSchema,
  /** Path on Roster's own site the mail links back to. */
  path: z.string(),
});
export type EmailPayload = z.infer<typeof emailPayloadSchema>;

export const notificationSchema = z.object({
  id: z.uuid(),
  type: z.enum(notificationTypes),
  organizationId: z.uuid().nullable(),
  title: z.string(),
  data: notificationDataSchema,
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuery = pageQuery(30);
export const notificationListSchema = z.object({
  notifications: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
});
export const unreadCountSchema = z.object({ unread: z.int() });
export const markReadBody = z.union([
  z.object({ ids: z.array(z.uuid()).min(1).max(100) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);

const seatsLeft = (d: NotificationData) =>
  d.seatsAvailable === undefined ? '' : ` ${d.seatsAvailable} of ${d.seatsTotal} seats left.`;

function requestEndedBecause(d: NotificationData): string {
  const domains = (d.domains ?? []).join(', ');
  switch (d.reason) {
    case 'email_domain_not_allowed':
      return `the invite link now only accepts addresses at ${domains}.`;
    case 'email_not_verified':
      return `the invite link now only accepts verified addresses at ${domains}. Verify yours, then ask again.`;
    case 'link_paused':
      return 'the invite link was paused. Ask an admin for the current link.';
    default:
      return 'the invite link was reset. Ask an admin for the current link.';
  }
}

/** The one sentence shown in the bell and used as the e-mail subject. */
export function notificationTitle(type: NotificationType, d: NotificationData): string {
  switch (type) {
    case 'welcome':
      return d.seat === 'plus'
        ? `Welcome to ${d.organizationName} — you now have Plus`
        : `Welcome to ${d.organizationName} — you keep your own Plus`;
    case 'member_joined':
      return `${d.subjectName} joined ${d.organizationName}.${seatsLeft(d)}`;
    case 'last_seat_taken':
      return `${d.organizationName} has no seats left — add seats so more people can get Plus`;
    case 'member_removed':
      return `You were removed from ${d.organizationName}`;
    case 'member_left':
      return d.reason === 'account_deleted'
        ? `${d.subjectName} left ${d.organizationName}: they deleted their Roster account`
        : `${d.subjectName} left ${d.organizationName}`;
    case 'role_changed':
      return `You are now ${d.role === 'owner' ? 'the owner' : d.role === 'admin' ? 'an admin' : 'a member'} of ${d.organizationName}`;
    case 'seat_assigned':
      return `You now have Plus through ${d.organizationName}`;
    case 'seat_removed':
      return `Your Plus seat in ${d.organizationName} was removed`;
    case 'invite_link_regenerated':
      return `${d.actorName ?? 'An admin'} reset the invite link of ${d.organizationName}; the old link no longer works`;
    case 'seats_changed':
      return `${d.actorName ?? 'The owner'} changed the seats of ${d.organizationName} from ${d.previousSeats} to ${d.seatsTotal}`;
    case 'seat_requested':
      return d.approval
        ? `${d.subjectName} asks to join ${d.organizationName}`
        : `${d.subjectName} asks for a seat in ${d.organizationName}; no seats are left`;
    case 'seat_request_admitted':
      return d.seat === 'plus'
        ? `Your seat request was admitted: you joined ${d.organizationName} and have Plus`
        : `Your seat request was admitted: you joined ${d.organizationName}`;
    case 'seat_request_declined':
      return `Your request for a seat in ${d.organizationName} was declined`;
    case 'payment_failed':
      return `A payment for ${d.organizationName} failed: update the payment method${d.until ? ` by ${d.until.slice(0, 10)}` : ''} or its Plus seats will be released`;
    case 'subscription_ended':
      return `The subscription of ${d.organizationName} ended: its Plus seats were released`;
    case 'organization_deleted':
      return `${d.actorName ?? 'The owner'} deleted ${d.organizationName}: you are no longer a member${d.seat === 'plus' ? ' and its Plus seat is gone' : ''}`;
    case 'seat_request_ended':
      return `Your request for a seat in ${d.organizationName} ended: ${requestEndedBecause(d)}`;
    case 'people_turned_away':
      return `${d.people === 1 ? '1 person' : `${d.people} people`} could not join ${d.organizationName}: no seats were left`;
  }
}

const preferenceSchema = z.object({ inApp: z.boolean(), email: z.boolean() });
export const preferencesSchema = z.record(z.enum(notificationTypes), preferenceSchema);
export const preferencesBody = z.partialRecord(
  z.enum(notificationTypes, { error: `type must be one of: ${notificationTypes.join(', ')}` }),
  z.object({ inApp: z.boolean().optional(), email: z.boolean().optional() }).strict(),
);
