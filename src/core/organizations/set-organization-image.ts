import { eq } from 'drizzle-orm';
import type { Organization } from '../../contracts/organizations.ts';
import type { Database } from '../../db/client.ts';
import { organization, organizationImage } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { checkImage, imageHash } from '../images/image-bytes.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { imagePath } from './organization-image.ts';
import { organizationView } from './organization-view.ts';

/**
 * Stores a new organization image in the database (instances sharing one PostgreSQL all
 * see it) and points `organization.image` at its content-addressed URL.
 */
export async function setOrganizationImage(
  db: Database,
  options: { organizationId: string; userId: string; bytes: Buffer },
): Promise<Organization> {
  const { organizationId, userId, bytes } = options;
  return transactionWithEvents(db, async (tx) => {
    const seen = await requireMembership(tx, organizationId, userId);
    requirePermission(seen, 'organization', 'update', "change the organization's image");
    const contentType = checkImage(bytes);
    await lockOrganization(tx, organizationId);
    const hash = imageHash(bytes);
    const values = { hash, contentType, bytes, createdAt: new Date() };
    await tx
      .insert(organizationImage)
      .values({ organizationId, ...values })
      .onConflictDoUpdate({ target: organizationImage.organizationId, set: values });
    const [org] = await tx
      .update(organization)
      .set({ image: imagePath(organizationId, hash), updatedAt: new Date() })
      .where(eq(organization.id, organizationId))
      .returning();
    if (!org) throw new Error('organization vanished under its row lock');
    await recordEvent(tx, {
      type: 'organization.image_changed',
      version: 1,
      organizationId,
      actorId: userId,
      targetId: null,
      data: { contentType, bytes: bytes.length, hash },
    });
    return organizationView(org, seen);
  });
}
