import { z } from 'zod';
import { roleSchema, seatSchema } from './organizations.ts';
import { pageQuery } from './pagination.ts';

/** The orders the member list offers; each is one index walk (docs/decisions/0033). */
export const memberSorts = ['joined', 'name', 'last_active'] as const;
export type MemberSort = (typeof memberSorts)[number];

/** Filters shared by the list and the CSV export. */
export const memberFilters = z.object({
  q: z
    .string()
    .trim()
    .max(100, 'q must be at most 100 characters')
    .optional()
    .meta({ description: 'Part of a name (or an e-mail address, for owners and admins)', example: 'ann' }),
  role: roleSchema.optional().meta({ description: 'Only members of this role', example: 'admin' }),
  seat: seatSchema.optional().meta({ description: '`plus`: holding a Plus seat here; `none`: without one' }),
  sort: z
    .enum(memberSorts, { error: `sort must be one of ${memberSorts.join(', ')}` })
    .default('joined')
    .meta({ description: 'joined (oldest first), name (A to Z), last_active (most recent first)' }),
  order: z
    .enum(['asc', 'desc'], { error: 'order must be asc or desc' })
    .optional()
    .meta({ description: 'Reverses the sort; default asc for joined and name, desc for last_active' }),
});
export type MemberFilters = z.infer<typeof memberFilters>;

export const listMembersQuery = pageQuery(50).extend(memberFilters.shape);
export type ListMembersQuery = z.infer<typeof listMembersQuery>;

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

/** Counting stops here, so the first page of 100,000 members costs what a page of 10,000 does. */
export const MEMBER_COUNT_LIMIT = 10_000;

export const memberListSchema = z
  .object({
    members: z.array(memberSchema),
    nextCursor: z.string().nullable(),
    /**
     * Members matching the filters, counted on the first page only (a cursor's page sends
     * null), and at most MEMBER_COUNT_LIMIT of them: `more` says there are more than `count`.
     */
    total: z.object({ count: z.int(), more: z.boolean() }).nullable(),
  })
  .meta({
    examples: [
      {
        members: [
          {
            user: { id: 'u_1', name: 'Ann Lee', image: null, email: 'ann@example.com' },
            role: 'admin',
            seat: 'plus',
            joinedAt: '2026-01-05T09:30:00.000Z',
            lastActiveAt: '2026-03-01T12:00:00.000Z',
          },
        ],
        nextCursor: 'WyJqb2luZWQiLCIyMDI2LTAxLTA1VDA5OjMwOjAwLjAwMFoiLCJ1XzEiXQ',
        total: { count: 1234, more: false },
      },
    ],
  });

/** What a bulk change left: the members changed as they are now, or the ids of those removed. */
export const bulkMemberResultSchema = z.object({
  members: z.array(memberSchema),
  removed: z.array(z.string()),
});

export const membershipSchema = z.object({
  organizationId: z.uuid(),
  userId: z.string(),
  role: roleSchema,
  seat: seatSchema,
  joinedAt: z.iso.datetime(),
});
export type Membership = z.infer<typeof membershipSchema>;
