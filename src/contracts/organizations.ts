import { z } from 'zod';
import { roleNames } from './permissions.ts';

export const roleSchema = z.enum(roleNames);
export const seatSchema = z.enum(['plus', 'none']);
export type Seat = z.infer<typeof seatSchema>;

export const seatSummarySchema = z.object({
  total: z.int(),
  used: z.int(),
  available: z.int(),
});
export type SeatSummary = z.infer<typeof seatSummarySchema>;

export const MAX_SEATS = 100_000;

export const orgIdParams = z.object({
  orgId: z.uuid({ error: 'orgId must be an organization id (a UUID)' }),
});

export const organizationName = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(100, 'name must be at most 100 characters');

export const createOrganizationBody = z.object({
  name: organizationName,
  seats: z
    .int('seats must be a whole number')
    .min(1, 'seats must be at least 1: the owner takes one')
    .max(MAX_SEATS, `seats must be at most ${MAX_SEATS}`),
});

export const organizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  image: z.string().nullable(),
  createdAt: z.iso.datetime(),
  seats: seatSummarySchema,
  viewer: z.object({ role: roleSchema, seat: seatSchema }),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationListSchema = z.object({ organizations: z.array(organizationSchema) });
