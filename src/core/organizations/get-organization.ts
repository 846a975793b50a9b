import { eq } from 'drizzle-orm';
import type { Organization } from '../../contracts/organizations.ts';
import type { Database } from '../../db/client.ts';
import { organization } from '../../db/schema/organizations.ts';
import { organizationNotFound, requireMembership } from '../access/require-membership.ts';
import { organizationView } from './organization-view.ts';

/** One organization, for its members only. */
export async function getOrganization(
  db: Database,
  options: { organizationId: string; userId: string },
): Promise<Organization> {
  const member = await requireMembership(db, options.organizationId, options.userId);
  const [org] = await db.select().from(organization).where(eq(organization.id, options.organizationId));
  if (!org) throw organizationNotFound();
  return organizationView(org, member);
}
