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
