import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { billingCheckout } from '../../db/schema/subscriptions.ts';
import type { BillingContext } from './billing-context.ts';
import { settleCheckout } from './refresh-checkout.ts';

/** Longer than a provider call may take with its retries: a younger row without a session is still being started. */
const STARTING_MS = 120_000;

/**
 * Makes room for an organization's new "subscribe again" checkout: the open one (another
 * tab, or an earlier try with other seats) is ended at the provider first, so it can no
 * longer be paid. The newest request wins because it is what the owner asked for last; an
 * old page then says it expired. If the old one was paid meanwhile, that payment stands.
 */
export async function endOpenCheckout(
  db: Database,
  provider: PaymentProvider,
  options: { organizationId: string; context: BillingContext },
): Promise<void> {
  const [open] = await db
    .select()
    .from(billingCheckout)
    .where(
      and(eq(billingCheckout.organizationId, options.organizationId), eq(billingCheckout.status, 'open')),
    );
  if (!open) return;
  if (open.providerSessionId) {
    const session = await provider.expireCheckout(open.providerSessionId);
    if (session.status === 'complete') {
      await settleCheckout(db, provider, open.providerSessionId, options.context);
      throw new RosterError(
        'SUBSCRIPTION_ACTIVE',
        'An earlier checkout for this organization has just been paid, so it is subscribed: change its seats instead.',
      );
    }
  } else if (open.createdAt.getTime() > Date.now() - STARTING_MS) {
    throw checkoutInProgress();
  }
  // Without a session, its payment page was never shown to anyone: nothing can pay it.
  await db
    .update(billingCheckout)
    .set({ status: 'expired' })
    .where(and(eq(billingCheckout.id, open.id), eq(billingCheckout.status, 'open')));
}

export function checkoutInProgress(): RosterError {
  return new RosterError(
    'CHECKOUT_IN_PROGRESS',
    'A checkout for this organization is being started right now; try again in a moment.',
  );
}
