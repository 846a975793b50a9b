import { z } from 'zod';
import { roleSchema, seatSchema } from './organizations.ts';
import { pageQuery } from './pagination.ts';

export const listMembersQuery = pageQuery(50).extend({
  q: z.string().trim().max(100, 'q must be at most 100 characters').optional(),
});

export const memberSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    image: z.string().nullable(),
    // Only owners and admins see e-mail addresses and activity.
    email: z.string().optional(),
  }),
  role: roleSchema,
  seat: seatSchema,
  joinedAt: z.iso.datetime(),
  lastActiveAt: z.iso.datetime().nullable().optional(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberListSchema = z.object({
  members: z.array(memberSchema),
  nextCursor: z.string().nullable(),
});

export const membershipSchema = z.object({
  organizationId: z.uuid(),
  userId: z.string(),
  role: roleSchema,
  seat: seatSchema,
  joinedAt: z.iso.datetime(),
});
export type Membership = z.infer<typeof membershipSchema>;
