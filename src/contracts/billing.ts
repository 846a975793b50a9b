import { z } from 'zod';
import { MAX_SEATS, organizationName, seatSummarySchema } from './organizations.ts';

/** Where an organization's seats come from: set by the owner (`manual`) or paid (`stripe`). */
export const billingProviderNames = ['manual', 'stripe'] as const;
export type BillingProviderName = (typeof billingProviderNames)[number];

/**
 * An organization's billing status. `active` and `trialing` hold seats; `past_due` keeps
 * them until the grace period ends; `unpaid` and `canceled` have released them; `none`: the
 * organization has no subscription yet (created before Stripe was configured, or never paid).
 */
export const billingStatuses = [
  'active',
  'trialing',
  'past_due',
  'unpaid',
  'canceled',
  'incomplete',
  'none',
] as const;
export type BillingStatus = (typeof billingStatuses)[number];

const money = z.object({ amount: z.int(), currency: z.string() });
const interval = z.enum(['day', 'week', 'month', 'year']);
export type BillingInterval = z.infer<typeof interval>;

export const seatPriceSchema = money.extend({ interval, name: z.string().nullable() });
export type SeatPrice = z.infer<typeof seatPriceSchema>;

export const billingSchema = z.object({
  provider: z.enum(billingProviderNames),
  status: z.enum(billingStatuses),
  seats: seatSummarySchema,
  /** People waiting for a seat, admitted in order when seats are added. */
  pendingRequests: z.int(),
  /** Price per seat and billing cycle; null with `manual`. */
  plan: seatPriceSchema.nullable(),
  /** The next charge of the subscription at its current quantity; null when none is due. */
  nextPayment: money.extend({ at: z.iso.datetime() }).nullable(),
  /** Ends at the end of the period (cancelled in the billing portal) unless renewed there. */
  cancelAtPeriodEnd: z.boolean(),
  /** When the current billing period ends (renewal, or the end with cancelAtPeriodEnd). */
  periodEndsAt: z.iso.datetime().nullable(),
  /** Seats the subscription pays for (after it ended: paid for last), to suggest when subscribing again. */
  paidSeats: z.int().nullable(),
  /** Past due: every seat is released at this time unless the invoice is paid. */
  graceEndsAt: z.iso.datetime().nullable(),
  /** Seats paid for differ from seats in Roster and could not be brought in step; says why. */
  drift: z.string().nullable(),
});
export type Billing = z.infer<typeof billingSchema>;

const seatCount = z
  .int('seats must be a whole number')
  .min(1, 'seats must be at least 1: the owner takes one')
  .max(MAX_SEATS, `seats must be at most ${MAX_SEATS}`);

export const seatsBody = z.object({ seats: seatCount }).strict();

/**
 * Setting the seats may also name seat requests to let in with the added seats, before the
 * rest of the queue: the members page's "Add 2 seats and admit 2" in one step.
 */
export const setSeatsBody = seatsBody
  .extend({
    admitFirst: z
      .array(z.uuid({ error: 'admitFirst must hold seat request ids (UUIDs)' }))
      .max(100, 'admitFirst takes at most 100 seat requests at a time')
      .optional(),
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
  /** Charged now for the rest of the period (prorated; negative is a credit); null when free. */
  amountDue: money.nullable(),
  /** What each billing cycle costs after the change; null when free. */
  recurring: money.extend({ interval }).nullable(),
});
export type SeatPreview = z.infer<typeof seatPreviewSchema>;

export const seatChangeSchema = z.object({
  /** `applied`: in effect now; `pending-confirmation`: waiting for the payment to go through. */
  outcome: z.enum(['applied', 'pending-confirmation']),
  billing: billingSchema,
  /** Seat requests this change admitted. */
  admitted: z.int(),
});
export type SeatChange = z.infer<typeof seatChangeSchema>;

/** What this Roster charges, for the create-organization form. */
export const billingOfferSchema = z.object({
  provider: z.enum(billingProviderNames),
  price: seatPriceSchema.nullable(),
});

export const startCheckoutBody = z.object({ name: organizationName, seats: seatCount }).strict();

export const checkoutIdParams = z.object({
  checkoutId: z.uuid({ error: 'checkoutId must be a checkout id (a UUID)' }),
});

/** A checkout as the person who started it sees it; the return page waits for `completed`. */
export const checkoutSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['create', 'resubscribe']),
  status: z.enum(['open', 'completed', 'expired']),
  seats: z.int(),
  /** Where to pay (the provider's hosted page) while open. */
  url: z.string().nullable(),
  /** The organization, once the checkout completed (or from the start when resubscribing). */
  organizationId: z.uuid().nullable(),
});
export type Checkout = z.infer<typeof checkoutSchema>;

export const portalSchema = z.object({ url: z.string() });

export const providerWebhookReplySchema = z.object({
  received: z.literal(true),
  /** The event id was seen before: nothing was done again. */
  duplicate: z.boolean(),
});

/** An outbox row of kind `billing`: what the worker does for it; each is safe to repeat. */
export const billingJobSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('sync-subscription'),
    subscriptionId: z.string(),
    eventId: z.string().nullable(),
  }),
  z.object({ action: z.literal('settle-checkout'), sessionId: z.string(), eventId: z.string().nullable() }),
  z.object({
    action: z.literal('cancel-subscription'),
    subscriptionId: z.string(),
    organizationId: z.string(),
  }),
]);
export type BillingJob = z.infer<typeof billingJobSchema>;
