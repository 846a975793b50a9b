import type { BillingInterval } from '../../contracts/billing.ts';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

/**
 * An amount in the currency's smallest unit (cents), as people read it: "$15.00", "€4.50",
 * "¥1,500". The number of decimals comes from the currency, so zero-decimal currencies work.
 */
export function formatMoney(amount: number, currency: string): string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() });
  } catch {
    // A code this browser does not know: still readable, in the common two decimals.
    return `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;
  }
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

const periods: Record<BillingInterval, string> = { day: 'day', week: 'week', month: 'month', year: 'year' };

/** "per month" */
export const perInterval = (interval: BillingInterval) => `per ${periods[interval]}`;

/** "December 29, 2026" */
export const billingDate = (iso: string) => dateFormat.format(new Date(iso));
