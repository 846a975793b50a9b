import { eq } from 'drizzle-orm';
import type { BillingJob } from '../../contracts/billing.ts';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { outbox } from '../../db/schema/notifications.ts';
import { inviteLink, membership, organization } from '../../db/schema/organizations.ts';
import { billingSubscription } from '../../db/schema/subscriptions.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { lockOrganization } from '../seats/lock-organization.ts';

/**
 * Deletes the organization with its link, memberships and image; every seat goes with it.
 * The audit log has no foreign key to organization, so the record of the deletion stays;
 * its event lists every membership taken away, so that after commit each person is told
 * and the webhooks go out per member (the registry), though the rows are gone by then.
 * A paid subscription is cancelled by the worker once the deletion has committed.
 */
export async function deleteOrganization(
  db: Database,
  options: { organizationId: string; userId: string; confirmName: string },
): Promise<void> {
  const { organizationId, userId } = options;
  await transactionWithEvents(db, async (tx) => {
    const seen = await requireMembership(tx, organizationId, userId);
    requirePermission(seen, 'organization', 'delete', 'delete the organization');
    // Lock order (docs/decisions/0009-domain-events.md): the link first, as a join does, then the organization.
    await tx.select().from(inviteLink).where(eq(inviteLink.organizationId, organizationId)).for('update');
    const org = await lockOrganization(tx, organizationId);
    const member = await requireMembership(tx, organizationId, userId);
    requirePermission(member, 'organization', 'delete', 'delete the organization');
    if (options.confirmName.trim() !== org.name) {
      throw new RosterError(
        'CONFIRMATION_MISMATCH',
        `To delete the organization, type its name exactly: ${org.name}`,
      );
    }
    // Under the organization's lock, so no membership comes or goes before the delete.
    const removed = await tx
      .select({ userId: membership.userId, role: membership.role, seat: membership.seat })
      .from(membership)
      .where(eq(membership.organizationId, organizationId))
      .orderBy(membership.userId);
    await recordEvent(tx, {
      type: 'organization.deleted',
      version: 2,
      organizationId,
      actorId: userId,
      targetId: null,
      data: {
        name: org.name,
        seats: org.seats,
        members: removed.length,
        seatsReleased: removed.filter((m) => m.seat === 'plus').length,
        removed,
      },
    });
    const [paid] = await tx
      .select({ subscriptionId: billingSubscription.subscriptionId, status: billingSubscription.status })
      .from(billingSubscription)
      .where(eq(billingSubscription.organizationId, organizationId));
    if (paid && paid.status !== 'canceled') {
      // Stop charging for an organization that is gone: the worker cancels the subscription.
      const job: BillingJob = {
        action: 'cancel-subscription',
        subscriptionId: paid.subscriptionId,
        organizationId,
      };
      await tx.insert(outbox).values({ kind: 'billing', payload: job });
    }
    await tx.delete(organization).where(eq(organization.id, organizationId));
  });
}
