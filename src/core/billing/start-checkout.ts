import { and, eq } from 'drizzle-orm';
import type { Checkout } from '../../contracts/billing.ts';
import { RosterError } from '../../contracts/errors.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { billingCheckout } from '../../db/schema/subscriptions.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import type { BillingContext } from './billing-context.ts';
import { checkoutView } from './checkout-view.ts';
import { checkoutInProgress, endOpenCheckout } from './end-open-checkout.ts';
import { requirePayments } from './require-payments.ts';
import { findSubscription, holdsSeats } from './subscription-row.ts';

/**
 * Starts paying for seats: a new organization (`name`), or an existing one whose
 * subscription ended or never began (`organizationId`, owner only). The checkout row is
 * committed before the provider is asked, so whatever happens next the payment can be traced
 * back to it; the provider is called outside any transaction. An organization has at most one
 * open checkout (a unique index): starting another ends the open one at the provider first.
 */
export async function startCheckout(
  db: Database,
  payments: PaymentProvider | null,
  options: {
    userId: string;
    /** The signed-in person's address: Stripe prefills it and sends receipts there. */
    email: string;
    seats: number;
    baseUrl: string;
    context: BillingContext;
    target: { name: string } | { organizationId: string };
  },
): Promise<Checkout> {
  const { userId, seats, target } = options;

  let customerId: string | null = null;
  if ('organizationId' in target) {
    const member = await requireMembership(db, target.organizationId, userId);
    requirePermission(member, 'seats', 'manageBilling', 'subscribe for the organization');
    const current = await findSubscription(db, target.organizationId);
    if (current && holdsSeats(current.status, current.graceEndsAt)) {
      throw new RosterError(
        'SUBSCRIPTION_ACTIVE',
        'This organization already has an active subscription: change its seats instead.',
      );
    }
    customerId = current?.customerId ?? null;
    await endOpenCheckout(db, requirePayments(payments), {
      organizationId: target.organizationId,
      context: options.context,
    });
  }

  const provider = requirePayments(payments);
  const checkout = await db
    .insert(billingCheckout)
    .values({
      userId,
      seats,
      kind: 'name' in target ? 'create' : 'resubscribe',
      organizationName: 'name' in target ? target.name : null,
      organizationId: 'organizationId' in target ? target.organizationId : null,
    })
    .returning()
    .then(
      ([row]) => row,
      (error: unknown) => {
        // Another request opened one between our look and this insert.
        throw isUniqueViolation(error, 'billing_checkout_one_open_idx') ? checkoutInProgress() : error;
      },
    );
  if (!checkout) throw new Error('insert into billing_checkout returned no row');

  const returnUrl = `${options.baseUrl}/checkout/${checkout.id}`;
  const session = await provider
    .createCheckout({
      checkoutId: checkout.id,
      seats,
      email: options.email,
      customerId,
      organizationId: checkout.organizationId,
      successUrl: `${returnUrl}?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${returnUrl}?canceled=1`,
    })
    .catch(async (error: unknown) => {
      // No payment page reached anyone: the row must not stand in the way of the next try.
      await db
        .update(billingCheckout)
        .set({ status: 'expired' })
        .where(and(eq(billingCheckout.id, checkout.id), eq(billingCheckout.status, 'open')));
      throw error;
    });
  const [started] = await db
    .update(billingCheckout)
    .set({ providerSessionId: session.sessionId, url: session.url })
    .where(eq(billingCheckout.id, checkout.id))
    .returning();
  return checkoutView(started ?? checkout);
}
