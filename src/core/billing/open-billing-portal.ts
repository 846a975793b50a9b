import { RosterError } from '../../contracts/errors.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { requirePayments } from './require-payments.ts';
import { findSubscription } from './subscription-row.ts';

/** A short-lived link to the provider's portal: payment methods, invoices, cancellation. */
export async function openBillingPortal(
  db: Database,
  payments: PaymentProvider | null,
  options: { organizationId: string; actorId: string; returnUrl: string },
): Promise<{ url: string }> {
  const member = await requireMembership(db, options.organizationId, options.actorId);
  requirePermission(member, 'seats', 'manageBilling', 'manage payment methods and invoices');
  const provider = requirePayments(payments);
  const subscription = await findSubscription(db, options.organizationId);
  if (!subscription) {
    throw new RosterError(
      'SUBSCRIPTION_REQUIRED',
      'This organization has never had a subscription, so there are no payment methods or invoices yet.',
    );
  }
  return { url: await provider.portalUrl(subscription.customerId, options.returnUrl) };
}
