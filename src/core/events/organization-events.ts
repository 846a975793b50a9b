import type { WebhookMessage } from '../../contracts/webhooks.ts';
import { roleNotice, targetOf } from './member-events.ts';
import { type Entries, type Notice, noEffects } from './registry.ts';

const sameOrganization = (event: { organizationId: string }) => event.organizationId;

/**
 * What changes to the organization itself set in motion; part of the one registry
 * (registry.ts). A rename, a new image or the deletion changes what the invite page shows.
 */
export const organizationEvents: Entries<
  | 'ownership.transferred'
  | 'organization.created'
  | 'organization.updated'
  | 'organization.image_changed'
  | 'organization.deleted'
> = {
  'ownership.transferred': {
    effects(event, names) {
      const { organizationId } = event;
      return {
        notices: [roleNotice(event, names, 'owner')],
        // Both people's roles changed: the new owner's, and the old owner's to admin.
        webhooks: [
          { type: 'member.role_changed', data: { organizationId, userId: targetOf(event), role: 'owner' } },
          {
            type: 'member.role_changed',
            data: { organizationId, userId: event.data.previousOwnerId, role: 'admin' },
          },
        ],
      };
    },
    liveSeats: () => null,
  },
  'organization.created': { effects: () => noEffects, liveSeats: () => null },
  'organization.updated': { effects: () => noEffects, liveSeats: () => null, liveInvite: sameOrganization },
  'organization.image_changed': {
    effects: () => noEffects,
    liveSeats: () => null,
    liveInvite: sameOrganization,
  },
  'organization.deleted': {
    // The organization's rows are gone by now: names and members come from the event.
    effects(event, names) {
      const { organizationId, data, actorId } = event;
      const told = data.removed.filter((m) => m.userId !== actorId);
      const notices: Notice[] = (['plus', 'none'] as const).map((seat) => ({
        type: 'organization_deleted',
        audience: { userIds: told.filter((m) => m.seat === seat).map((m) => m.userId) },
        data: { organizationName: data.name, actorName: names.actorName, seat },
        path: '/',
      }));
      const webhooks: WebhookMessage[] = [];
      for (const { userId, seat } of data.removed) {
        webhooks.push({ type: 'member.removed', data: { organizationId, userId, removedBy: actorId } });
        if (seat === 'plus') {
          webhooks.push({
            type: 'seat.released',
            data: { organizationId, userId, reason: 'organization_deleted' },
          });
        }
      }
      webhooks.push({
        type: 'organization.deleted',
        data: { organizationId, name: data.name, deletedBy: actorId },
      });
      return { notices, webhooks };
    },
    liveSeats: () => null,
    liveInvite: sameOrganization,
  },
};
