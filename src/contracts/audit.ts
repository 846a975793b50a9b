import { z } from 'zod';
import { pageQuery } from './pagination.ts';

/** Every kind of event the audit log records. */
export const auditActions = [
  'organization.created',
  'organization.updated',
  'organization.image_changed',
  'organization.deleted',
  'ownership.transferred',
  'member.joined',
  'member.left',
  'member.removed',
  'member.role_changed',
  'invite_link.regenerated',
  'invite_link.updated',
  'seat.assigned',
  'seat.released',
  'seats.changed',
  'seat_request.created',
  'seat_request.declined',
  'seat_request.ended',
  'seat_request.withdrawn',
  'join.refused',
  'seats.turned_away',
  'billing.subscribed',
  'billing.subscription_ended',
  'billing.payment_failed',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditLogQuery = pageQuery(50).extend({
  action: z.enum(auditActions, { error: `action must be one of ${auditActions.join(', ')}` }).optional(),
  actor: z.string().min(1).max(200).optional(),
});
export type AuditLogQuery = z.infer<typeof auditLogQuery>;

const person = z.object({ id: z.string(), name: z.string().nullable() }).nullable();

export const auditEventSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  // name is null when the account no longer exists; the id stays for the record.
  actor: person,
  action: z.string(),
  target: person,
  data: z.record(z.string(), z.unknown()),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditLogSchema = z.object({
  events: z.array(auditEventSchema),
  nextCursor: z.string().nullable(),
});
