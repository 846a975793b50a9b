import { eq } from 'drizzle-orm';
import type { Organization } from '../../contracts/organizations.ts';
import type { Database } from '../../db/client.ts';
import { organization, organizationImage } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { organizationView } from './organization-view.ts';

/**
 * Renames the organization, sets what invitees read (description, welcome message) and/or
 * removes its image (owner/admin): one `organization.updated` event for the text fields.
 */
export async function updateOrganization(
  db: Database,
  options: {
    organizationId: string;
    userId: string;
    name?: string | undefined;
    description?: string | undefined;
    welcomeMessage?: string | undefined;
    image?: null | undefined;
  },
): Promise<Organization> {
  const { organizationId, userId } = options;
  return transactionWithEvents(db, async (tx) => {
    const seen = await requireMembership(tx, organizationId, userId);
    requirePermission(seen, 'organization', 'update', "change the organization's name and image");
    const before = await lockOrganization(tx, organizationId);
    const member = await requireMembership(tx, organizationId, userId);
    requirePermission(member, 'organization', 'update', "change the organization's name and image");

    const changes = textChanges(before, options);
    const dropImage = options.image === null && before.image !== null;
    if (!changes && !dropImage) return organizationView(before, member);
    if (dropImage)
      await tx.delete(organizationImage).where(eq(organizationImage.organizationId, organizationId));
    const [after] = await tx
      .update(organization)
      .set({
        ...(changes?.name && { name: changes.name.to }),
        ...(changes?.description && { description: changes.description.to }),
        ...(changes?.welcomeMessage && { welcomeMessage: changes.welcomeMessage.to }),
        ...(dropImage && { image: null }),
        updatedAt: new Date(),
      })
      .where(eq(organization.id, organizationId))
      .returning();
    if (!after) throw new Error('organization vanished under its row lock');
    if (changes) {
      await recordEvent(tx, {
        type: 'organization.updated',
        version: 1,
        organizationId,
        actorId: userId,
        targetId: null,
        data: changes,
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

const textFields = ['name', 'description', 'welcomeMessage'] as const;
type TextChanges = Partial<Record<(typeof textFields)[number], { from: string; to: string }>>;

/** The text fields that differ from what is stored, or undefined when none does. */
function textChanges(
  before: Record<(typeof textFields)[number], string>,
  wanted: Partial<Record<(typeof textFields)[number], string | undefined>>,
): TextChanges | undefined {
  const changes: TextChanges = {};
  for (const field of textFields) {
    const to = wanted[field];
    if (to !== undefined && to !== before[field]) changes[field] = { from: before[field], to };
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}
