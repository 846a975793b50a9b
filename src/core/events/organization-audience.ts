import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { membership, organization } from '../../db/schema/organizations.ts';

/** The facts most announcements need: the organization as it is now, and who runs it. */
export async function organizationAudience(tx: Database, organizationId: string) {
  const [org] = await tx.select().from(organization).where(eq(organization.id, organizationId));
  if (!org) throw new Error(`organization ${organizationId} vanished inside its own transaction`);
  return { org, ...(await organizationManagers(tx, organizationId)) };
}

/** The owner and admins, who hear about changes to the organization. */
export async function organizationManagers(tx: Database, organizationId: string) {
  const managers = await tx
    .select({ userId: membership.userId, role: membership.role })
    .from(membership)
    .where(and(eq(membership.organizationId, organizationId), inArray(membership.role, ['owner', 'admin'])));
  return {
    ownerId: managers.find((m) => m.role === 'owner')?.userId ?? null,
    managerIds: managers.map((m) => m.userId),
  };
}

export async function userName(tx: Database, userId: string): Promise<string> {
  const [row] = await tx.select({ name: user.name }).from(user).where(eq(user.id, userId));
  return row?.name ?? 'Someone';
}
