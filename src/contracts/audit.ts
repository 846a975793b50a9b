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
  'invitations.sent',
  'invitations.resent',
  'invitation.revoked',
  'invitation.opened',
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
  'seats.restored',
] as const;
export type AuditAction = (typeof auditActions)[number];

const instant = (what: string) =>
  z.iso
    .datetime({
      offset: true,
      error: `${what} must be a date and time in ISO 8601, like 2026-03-01T00:00:00Z`,
    })
    .transform((v) => new Date(v));

export const auditLogQuery = pageQuery(50).extend({
  action: z.enum(auditActions, { error: `action must be one of ${auditActions.join(', ')}` }).optional(),
  actor: z.string().min(1).max(200).optional().meta({ description: 'Only what this user id did' }),
  person: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Only events this user id did or was the subject of', example: 'u_ann' }),
  from: instant('from').optional().meta({ description: 'From this instant on (inclusive)' }),
  to: instant('to').optional().meta({ description: 'Before this instant (exclusive)' }),
});
export type AuditLogQuery = z.infer<typeof auditLogQuery>;

const person = z.object({ id: z.string(), name: z.string().nullable() }).nullable();

export const auditEventSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  // name is null when the account no longer exists; the id stays for the record.
  actor: person,
  action: z.string(),
  /** What happened, as a sentence: "Olive Owner changed Ann Lee’s role to admin". */
  sentence: z.string(),
  target: person,
  data: z.record(z.string(), z.unknown()),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditLogSchema = z
  .object({
    events: z.array(auditEventSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({
    examples: [
      {
        events: [
          {
            id: '0b9f6c1e-4d2a-4e57-9f53-2d8f3c1a7b10',
            at: '2026-03-01T12:34:56.789Z',
            actor: { id: 'u_olive', name: 'Olive Owner' },
            action: 'member.role_changed',
            sentence: 'Olive Owner changed Ann Lee’s role to admin',
            target: { id: 'u_ann', name: 'Ann Lee' },
            data: { from: 'member', to: 'admin' },
          },
        ],
        nextCursor: null,
      },
    ],
  });
