import { z } from 'zod';
import { seatSummarySchema } from './organizations.ts';
import { pageQuery } from './pagination.ts';

/**
 * E-mail invitations to the invite link, sent in batches (issue 16, item 1;
 * docs/decisions/0030). A batch is text: one address a line, or CSV (the first cell of a
 * line that holds an address counts).
 */
export const MAX_INVITATION_BATCH = 500;
/** Bytes of a batch request: 500 lines of CSV with names fit; more is refused before parsing. */
export const MAX_INVITATION_BODY_BYTES = 256 * 1024;

export const invitationStatuses = ['invited', 'opened', 'joined', 'revoked'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** Why a line of a batch was left out; none of them stops the rest. */
export const lineProblems = [
  'not_an_address',
  'control_characters',
  'formula',
  'duplicate',
  'already_member',
  'header',
] as const;
export type LineProblem = (typeof lineProblems)[number];

export const invitationParams = z.object({
  orgId: z.uuid({ error: 'orgId must be an organization id (a UUID)' }),
  invitationId: z.uuid({ error: 'invitationId must be an invitation id (a UUID)' }),
});

const addresses = z
  .string({ error: 'addresses must be text: one address a line, or CSV' })
  .max(MAX_INVITATION_BODY_BYTES, 'addresses must be at most 256 KB of text')
  .meta({ example: 'ann@example.com\nBob Stone,bob@example.com\n' });

export const invitationBatchBody = z
  .object({
    addresses,
    /**
     * Send even to addresses that got an invitation less than a day ago (the form's confirm
     * step). Without it such a batch is refused with INVITATION_SENT_RECENTLY and nothing is sent.
     */
    confirmRepeat: z.boolean().optional(),
  })
  .strict();

export const invitationPreviewBody = z.object({ addresses }).strict();

export const resendInvitationsBody = z
  .union([
    z
      .object({
        ids: z.array(z.uuid()).min(1).max(MAX_INVITATION_BATCH),
        confirmRepeat: z.boolean().optional(),
      })
      .strict(),
    /** Every pending invitation whose mail carried a link that was reset since. */
    z.object({ needsNewLink: z.literal(true) }).strict(),
  ])
  .meta({ examples: [{ ids: ['5f0c1c1e-8a58-4d43-9a43-0d8f5b2f3e11'] }, { needsNewLink: true }] });

export const batchAddressSchema = z.object({
  line: z.int(),
  email: z.string(),
  /** They have Plus already (their own, or a seat elsewhere): joining takes no seat. */
  hasPlus: z.boolean(),
  /** An invitation went to them less than a day ago: sending again needs confirmRepeat. */
  sentRecently: z.boolean(),
});

export const batchProblemSchema = z.object({
  line: z.int(),
  /** The line as given, shortened, control characters shown as �; plain text, never HTML. */
  text: z.string(),
  reason: z.enum(lineProblems),
  message: z.string(),
});

export const batchReportSchema = z.object({
  /** Lines that were not blank. */
  lines: z.int(),
  addresses: z.array(batchAddressSchema),
  problems: z.array(batchProblemSchema),
  seats: seatSummarySchema,
  /** Addresses of the batch whose people already have Plus. */
  alreadyPlus: z.int(),
  /** Seats the batch takes if everyone joins: addresses less those with Plus. */
  seatsNeeded: z.int(),
  /** Seats to add so everyone in the batch can join with Plus (0 when enough are free). */
  seatsShort: z.int(),
  sentRecently: z.int(),
});
export type BatchReport = z.infer<typeof batchReportSchema>;

export const invitationBatchSchema = batchReportSchema.extend({ sent: z.int() });

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  status: z.enum(invitationStatuses),
  /** Pending, and its last mail carried a link that was reset since: resend it. */
  needsNewLink: z.boolean(),
  invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  sentAt: z.iso.datetime(),
  openedAt: z.iso.datetime().nullable(),
  joinedAt: z.iso.datetime().nullable(),
  sendCount: z.int(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** `?limit&cursor`: newest first, 50 a page; the cursor is the previous page's `nextCursor`. */
export const listInvitationsQuery = pageQuery(50);
export type ListInvitationsQuery = z.infer<typeof listInvitationsQuery>;

export const invitationListSchema = z.object({
  invitations: z.array(invitationSchema),
  /** The next page's `cursor`; null on the last page. */
  nextCursor: z.string().nullable(),
  /** All the organization's invitations, every page together. */
  total: z.int(),
  /** How many pending invitations carry a link that was reset (the "resend all" button), every page together. */
  needsNewLink: z.int(),
});
export type InvitationList = z.infer<typeof invitationListSchema>;

export const resendResultSchema = z.object({ resent: z.int() });

/** An outbox row of kind `email` carrying an invitation (queued by the event expander). */
export const invitationEmailPayloadSchema = z.object({
  kind: z.literal('invitation'),
  to: z.string(),
  invitationId: z.uuid(),
  organizationId: z.uuid(),
  /** The link version the mail carries; the worker rebuilds the token from it and SECRET. */
  linkVersion: z.int(),
  organizationName: z.string(),
  description: z.string(),
  inviterName: z.string(),
});
export type InvitationEmailPayload = z.infer<typeof invitationEmailPayloadSchema>;
