import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import { type Action, can, type Resource, type Role } from '../../contracts/permissions.ts';
import type { Database } from '../../db/client.ts';
import { membership } from '../../db/schema/organizations.ts';

export type MembershipRow = typeof membership.$inferSelect;

/**
 * The caller's membership, or ORGANIZATION_NOT_FOUND: a non-member learns nothing,
 * not even that the organization exists.
 */
export async function requireMembership(
  db: Database,
  organizationId: string,
  userId: string,
): Promise<MembershipRow> {
  const [row] = await db
    .select()
    .from(membership)
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId)));
  if (!row) throw organizationNotFound();
  return row;
}

export function organizationNotFound(): RosterError {
  return new RosterError(
    'ORGANIZATION_NOT_FOUND',
    'No organization with this id, or you are not a member of it.',
  );
}

const roleLabel: Record<Role, string> = { owner: 'the owner', admin: 'admins', member: 'members' };

export function requirePermission<R extends Resource>(
  member: { role: Role },
  resource: R,
  action: Action<R>,
  doing: string,
): void {
  if (!can(member.role, resource, action)) {
    // Name who may, from the same map, so the sentence stays true when the map changes.
    const who = can('admin', resource, action) ? 'the owner or an admin' : 'the owner';
    throw new RosterError('FORBIDDEN', `Only ${who} can ${doing}; ${roleLabel[member.role]} cannot.`);
  }
}
