import { eq } from 'drizzle-orm';
import type { BillingStatus } from '../../contracts/billing.ts';
import type { ProviderStatus } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { billingSubscription } from '../../db/schema/subscriptions.ts';

export type SubscriptionRow = typeof billingSubscription.$inferSelect;

export async function findSubscription(
  db: Database,
  organizationId: string,
): Promise<SubscriptionRow | null> {
  const [row] = await db
    .select()
    .from(billingSubscription)
    .where(eq(billingSubscription.organizationId, organizationId));
  return row ?? null;
}

/**
 * Whether a subscription in this state pays for seats now. Past due keeps them through the
 * grace period, so one failed card payment does not take Plus from a whole team at once.
 */
export function holdsSeats(status: string, graceEndsAt: Date | null, now = new Date()): boolean {
  if (status === 'active' || status === 'trialing') return true;
  return status === 'past_due' && (graceEndsAt === null || graceEndsAt > now);
}

/** Ended for good: every seat is released (members stay members). */
export function hasEnded(status: string, graceEndsAt: Date | null, now = new Date()): boolean {
  if (
    status === 'canceled' ||
    status === 'unpaid' ||
    status === 'incomplete_expired' ||
    status === 'paused'
  ) {
    return true;
  }
  return status === 'past_due' && graceEndsAt !== null && graceEndsAt <= now;
}

export function billingStatusOf(status: ProviderStatus | string): BillingStatus {
  switch (status) {
    case 'active':
    case 'trialing':
    case 'past_due':
    case 'unpaid':
    case 'incomplete':
      return status;
    case 'canceled':
    case 'incomplete_expired':
    case 'paused':
      return 'canceled';
    default:
      return 'incomplete';
  }
}
