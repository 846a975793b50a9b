import { asc, eq } from 'drizzle-orm';
import type { Organization } from '../../contracts/organizations.ts';
import type { Database } from '../../db/client.ts';
import { membership, organization } from '../../db/schema/organizations.ts';
import { organizationView } from './organization-view.ts';

/** The organizations the user belongs to, with their role in each, oldest membership first. */
export async function listMyOrganizations(db: Database, userId: string): Promise<Organization[]> {
  const rows = await db
    .select({ org: organization, role: membership.role, seat: membership.seat })
    .from(membership)
    .innerJoin(organization, eq(organization.id, membership.organizationId))
    .where(eq(membership.userId, userId))
    .orderBy(asc(membership.joinedAt), asc(organization.id));
  return rows.map(({ org, role, seat }) => organizationView(org, { role, seat }));
}
