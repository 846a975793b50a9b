import { z } from 'zod';
import { MAX_SEATS, seatSummarySchema } from './organizations.ts';

/** Where an organization's seats come from. `stripe` joins `manual` when it is wired in. */
export const billingProviderNames = ['manual'] as const;
export type BillingProviderName = (typeof billingProviderNames)[number];

export const billingSchema = z.object({
  provider: z.enum(billingProviderNames),
  // `manual` is always active; a paid provider adds past_due, canceled …
  status: z.enum(['active']),
  seats: seatSummarySchema,
  /** People waiting for a seat, admitted in order when seats are added. */
  pendingRequests: z.int(),
});
export type Billing = z.infer<typeof billingSchema>;

export const seatsBody = z
  .object({
    seats: z
      .int('seats must be a whole number')
      .min(1, 'seats must be at least 1: the owner takes one')
      .max(MAX_SEATS, `seats must be at most ${MAX_SEATS}`),
  })
  .strict();

/** What a seat change would do, before anyone confirms it. */
export const seatPreviewSchema = z.object({
  provider: z.enum(billingProviderNames),
  change: z.enum(['raise', 'lower', 'none']),
  current: seatSummarySchema,
  proposed: seatSummarySchema,
  /** Pending seat requests the change would admit, first come, first served (at most). */
  admits: z.int(),
  /** Cost of the change in the provider's currency, in minor units; null when free (manual). */
  amountDue: z.object({ amount: z.int(), currency: z.string() }).nullable(),
});
export type SeatPreview = z.infer<typeof seatPreviewSchema>;

export const seatChangeSchema = z.object({
  /** `applied`: in effect now; `pending-confirmation`: the provider confirms later (Stripe). */
  outcome: z.enum(['applied', 'pending-confirmation']),
  billing: billingSchema,
  /** Seat requests this change admitted. */
  admitted: z.int(),
});
export type SeatChange = z.infer<typeof seatChangeSchema>;
