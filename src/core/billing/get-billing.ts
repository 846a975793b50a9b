import { eq } from 'drizzle-orm';
import type { Billing } from '../../contracts/billing.ts';
import type { Database } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';
import { organizationNotFound, requireMembership, requirePermission } from '../access/require-membership.ts';
import { countWaiting } from '../seat-requests/seat-request-queue.ts';
import type { BillingContext } from './billing-context.ts';
import { billingView } from './billing-view.ts';
import { findSubscription } from './subscription-row.ts';

/** The owner's billing overview: who bills, status, plan, and the seats bought, assigned and free. */
export async function getBilling(
  db: Database,
  options: { organizationId: string; actorId: string; context: BillingContext },
): Promise<Billing> {
  const member = await requireMembership(db, options.organizationId, options.actorId);
  requirePermission(member, 'seats', 'manageBilling', 'see billing');
  return getBillingUnchecked(db, options.organizationId, options.context);
}

/** The same, for callers that have checked the caller's right already. */
export async function getBillingUnchecked(
  db: Database,
  organizationId: string,
  context: BillingContext,
): Promise<Billing> {
  const [org] = await db.select().from(organization).where(eq(organization.id, organizationId));
  if (!org) throw organizationNotFound();
  return billingView(
    org,
    context,
    await countWaiting(db, organizationId),
    await findSubscription(db, organizationId),
  );
}
