import { eq } from 'drizzle-orm';
import type { Organization } from '../../contracts/organizations.ts';
import type { Database } from '../../db/client.ts';
import { organization, organizationImage } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { organizationView } from './organization-view.ts';

/** Renames the organization and/or removes its image (owner/admin): one event per change. */
export async function updateOrganization(
  db: Database,
  options: { organizationId: string; userId: string; name?: string | undefined; image?: null | undefined },
): Promise<Organization> {
  const { organizationId, userId } = options;
  return transactionWithEvents(db, async (tx) => {
    const seen = await requireMembership(tx, organizationId, userId);
    requirePermission(seen, 'organization', 'update', "change the organization's name and image");
    const before = await lockOrganization(tx, organizationId);
    const member = await requireMembership(tx, organizationId, userId);
    requirePermission(member, 'organization', 'update', "change the organization's name and image");

    const rename = options.name !== undefined && options.name !== before.name;
    const dropImage = options.image === null && before.image !== null;
    if (!rename && !dropImage) return organizationView(before, member);
    if (dropImage)
      await tx.delete(organizationImage).where(eq(organizationImage.organizationId, organizationId));
    const [after] = await tx
      .update(organization)
      .set({
        ...(rename && { name: options.name }),
        ...(dropImage && { image: null }),
        updatedAt: new Date(),
      })
      .where(eq(organization.id, organizationId))
      .returning();
    if (!after) throw new Error('organization vanished under its row lock');
    if (rename) {
      await recordEvent(tx, {
        type: 'organization.updated',
        version: 1,
        organizationId,
        actorId: userId,
        targetId: null,
        data: { name: { from: before.name, to: after.name } },
      });
    }
    if (dropImage) {
      await recordEvent(tx, {
        type: 'organization.image_changed',
        version: 1,
        organizationId,
        actorId: userId,
        targetId: null,
        data: { removed: true },
      });
    }
    return organizationView(after, member);
  });
}
