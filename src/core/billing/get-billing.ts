import { eq } from 'drizzle-orm';
import type { Billing, BillingProviderName } from '../../contracts/billing.ts';
import type { Database } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';
import { organizationNotFound, requireMembership, requirePermission } from '../access/require-membership.ts';
import { countWaiting } from '../seat-requests/seat-request-queue.ts';
import { billingView } from './billing-view.ts';

/** The owner's billing overview: who bills, and the seats bought, assigned and free. */
export async function getBilling(
  db: Database,
  options: { organizationId: string; actorId: string; provider: BillingProviderName },
): Promise<Billing> {
  const member = await requireMembership(db, options.organizationId, options.actorId);
  requirePermission(member, 'seats', 'manageBilling', 'see billing');
  const [org] = await db.select().from(organization).where(eq(organization.id, options.organizationId));
  if (!org) throw organizationNotFound();
  return billingView(org, options.provider, await countWaiting(db, org.id));
}
