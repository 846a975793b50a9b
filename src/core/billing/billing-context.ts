import type { BillingProviderName } from '../../contracts/billing.ts';

/** How this server bills, passed to the billing use cases by the server and the worker. */
export type BillingContext = {
  provider: BillingProviderName;
  /** Days a past-due subscription keeps its seats (BILLING_GRACE_DAYS). */
  graceDays: number;
};
