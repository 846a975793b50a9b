import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';
import { organizationNotFound } from '../access/require-membership.ts';

export type OrganizationRow = typeof organization.$inferSelect;

/**
 * Locks the organization row for the rest of the transaction. Every change to roles, seats
 * or memberships takes this lock before touching membership rows, so such changes run one
 * after the other (two transfers, a transfer and a removal), in the one lock order
 * recorded in docs/decisions/0009-domain-events.md.
 */
export async function lockOrganization(tx: Database, organizationId: string): Promise<OrganizationRow> {
  const [row] = await tx
    .select()
    .from(organization)
    .where(eq(organization.id, organizationId))
    .for('no key update');
  if (!row) throw organizationNotFound();
  return row;
}
