import { and, eq } from 'drizzle-orm';
import type { Checkout } from '../../contracts/billing.ts';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { billingCheckout } from '../../db/schema/subscriptions.ts';

export type CheckoutRow = typeof billingCheckout.$inferSelect;

export function checkoutView(row: CheckoutRow): Checkout {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    seats: row.seats,
    url: row.status === 'open' ? row.url : null,
    organizationId: row.organizationId,
  };
}

/** The caller's own checkout; anyone else's is not found, not forbidden. */
export async function findOwnCheckout(
  db: Database,
  checkoutId: string,
  userId: string,
): Promise<CheckoutRow> {
  const [row] = await db
    .select()
    .from(billingCheckout)
    .where(and(eq(billingCheckout.id, checkoutId), eq(billingCheckout.userId, userId)));
  if (!row) throw new RosterError('CHECKOUT_NOT_FOUND', 'No checkout with this id was started by you.');
  return row;
}
