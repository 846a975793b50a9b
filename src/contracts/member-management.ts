import { z } from 'zod';
import {
  organizationDescription,
  organizationName,
  organizationWelcomeMessage,
  seatSchema,
} from './organizations.ts';

export const memberParams = z.object({
  orgId: z.uuid({ error: 'orgId must be an organization id (a UUID)' }),
  userId: z.string().min(1).max(200),
});

export const updateMemberBody = z
  .object({
    role: z
      .enum(['admin', 'member'], {
        error: 'role must be "admin" or "member"; to make someone the owner, transfer ownership',
      })
      .optional(),
    seat: seatSchema.optional(),
  })
  .strict()
  .refine((b) => b.role !== undefined || b.seat !== undefined, 'give a role, a seat, or both');
export type MemberChanges = z.infer<typeof updateMemberBody>;

export const transferOwnershipBody = z.object({ userId: z.string().min(1).max(200) }).strict();

export const updateOrganizationBody = z
  .object({
    name: organizationName.optional(),
    // Images are uploaded with PUT …/image; here they can only be removed, so nobody can
    // point the invite page at an image hosted elsewhere (a tracking pixel for invitees).
    image: z.null({ error: 'image can only be set to null here; upload with PUT …/image' }).optional(),
    description: organizationDescription.optional(),
    welcomeMessage: organizationWelcomeMessage.optional(),
  })
  .strict()
  .refine(
    (b) => Object.values(b).some((v) => v !== undefined),
    'give a name, image: null, description or welcomeMessage',
  );

export const deleteOrganizationBody = z.object({ confirmName: z.string().max(200) }).strict();

export const organizationImageParams = z.object({
  orgId: z.uuid(),
  hash: z.string().regex(/^[0-9a-f]{16}$/, 'not an image address this server issued'),
});

/** At most this many people in one bulk change: two pages of the member list. */
export const BULK_LIMIT = 100;

const bulkUserIds = z
  .array(z.string().min(1).max(200), { error: 'userIds must be a list of member ids' })
  .min(1, 'choose at least one member')
  .max(BULK_LIMIT, `at most ${BULK_LIMIT} members at once`)
  .refine((ids) => new Set(ids).size === ids.length, 'each member may be listed once')
  .meta({ example: ['u_ann', 'u_ben'] });

/** One change for every member listed; all of it happens, or none (docs/decisions/0033). */
export const bulkMemberBody = z
  .discriminatedUnion(
    'action',
    [
      z.object({ action: z.literal('remove'), userIds: bulkUserIds }).strict(),
      z
        .object({
          action: z.literal('set_role'),
          userIds: bulkUserIds,
          role: z.enum(['admin', 'member'], {
            error: 'role must be "admin" or "member"; to make someone the owner, transfer ownership',
          }),
        })
        .strict(),
      z.object({ action: z.literal('set_seat'), userIds: bulkUserIds, seat: seatSchema }).strict(),
    ],
    { error: 'action must be remove, set_role or set_seat' },
  )
  .meta({
    examples: [
      { action: 'set_seat', userIds: ['u_ann', 'u_ben'], seat: 'plus' },
      { action: 'set_role', userIds: ['u_ann'], role: 'admin' },
      { action: 'remove', userIds: ['u_ben'] },
    ],
  });
export type BulkMemberChange = z.infer<typeof bulkMemberBody>;
