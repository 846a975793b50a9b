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

// Plain text shown to invitees: tabs and line breaks are kept, other control characters
// (which could hide or reorder what is shown) are refused.
export function hasControlCharacter(text: string, keepLineBreaks = true): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (keepLineBreaks && (c === 9 || c === 10 || c === 13)) continue;
    if (c < 32 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
      return true;
  }
  return false;
}
const plainText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field} must be at most ${max} characters`)
    .refine((s) => !hasControlCharacter(s), `${field} must not contain control characters`);
export const MAX_DESCRIPTION = 500;
export const MAX_WELCOME_MESSAGE = 1_000;
export const organizationDescription = plainText('description', MAX_DESCRIPTION);
export const organizationWelcomeMessage = plainText('welcomeMessage', MAX_WELCOME_MESSAGE);

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
  description: z.string(),
  welcomeMessage: z.string(),
  createdAt: z.iso.datetime(),
  seats: seatSummarySchema,
  viewer: z.object({ role: roleSchema, seat: seatSchema }),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationListSchema = z.object({ organizations: z.array(organizationSchema) });
