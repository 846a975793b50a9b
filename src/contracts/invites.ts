import { z } from 'zod';
import { seatSummarySchema } from './organizations.ts';

// Invite routes take their parameters as plain strings: any malformed id or token must
// get the same INVITE_INVALID answer as a wrong one, never a validation error.
export const inviteParams = z.object({
  orgId: z.string(),
  token: z.string(),
});

// A bad value reads as absent: the invite must never answer a validation error.
export const invitePreviewQuery = z.object({
  /** `i`: the invitation whose mail the link came from (decision 0030); anything else is ignored. */
  i: z.union([z.string(), z.array(z.string())]).optional(),
  /** Set by the web app when it comes back here right after creating the account (link insights). */
  from: z.enum(['sign-up']).optional().catch(undefined),
});

export const viewerStates = [
  'signed_out',
  'can_join',
  'joins_without_seat',
  'no_seats',
  'request_pending',
  'approval_required',
  'already_member',
  'email_domain_not_allowed',
  'email_not_verified',
] as const;
export type ViewerState = (typeof viewerStates)[number];

export const invitePreviewSchema = z.object({
  organization: z.object({
    id: z.uuid(),
    name: z.string(),
    image: z.string().nullable(),
    /** Plain text set by the owner or an admin; '' when none. Render as text, never HTML. */
    description: z.string(),
  }),
  /** What a Plus seat gives, as the operator lists it (PLUS_BENEFITS); may be empty. */
  plusBenefits: z.array(z.string()),
  seats: seatSummarySchema,
  viewer: z.object({ state: z.enum(viewerStates) }),
  /** Joining asks an owner or admin first (anyone holding the link may know this). */
  requiresApproval: z.boolean(),
  /**
   * Who is told of a seat request: the owner's name, only for a signed-in viewer of a working
   * link who is waiting or may ask (no_seats, approval_required, request_pending). No one else.
   */
  owner: z.object({ name: z.string() }).optional(),
  /** The domains the link accepts, only for a signed-in viewer it refuses for their domain. */
  allowedDomains: z.array(z.string()).optional(),
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;

export const inviteLinkSchema = z.object({
  url: z.url(),
  paused: z.boolean(),
  expiresAt: z.iso.datetime().nullable(),
  allowedDomains: z.array(z.string()),
  joins: z.int(),
  /** At most this many joins through the current link (null: no limit); a reset starts again. */
  maxJoins: z.int().nullable(),
  /** Each person who opens the link asks to join, and an owner or admin lets them in. */
  requiresApproval: z.boolean(),
});
export type InviteLink = z.infer<typeof inviteLinkSchema>;

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'allowedDomains must hold domain names such as example.com',
  );

export const updateInviteLinkBody = z
  .object({
    paused: z.boolean().optional(),
    expiresAt: z.iso
      .datetime({ offset: true, error: 'expiresAt must be an ISO 8601 date-time, or null for no expiry' })
      .nullable()
      .optional(),
    allowedDomains: z.array(domain).max(50, 'at most 50 allowed domains').optional(),
    requiresApproval: z.boolean().optional(),
    maxJoins: z
      .int({ error: 'maxJoins must be a whole number of joins, or null for no limit' })
      .min(1, 'maxJoins must be at least 1; pause the link to stop every join')
      .max(1_000_000, 'maxJoins must be at most 1,000,000')
      .nullable()
      .optional(),
  })
  .strict();
