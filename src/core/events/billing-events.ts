import type { WebhookMessage } from '../../contracts/webhooks.ts';
import { membersPath } from './member-events.ts';
import { type Entries, noEffects } from './registry.ts';

/**
 * What billing's state changes set in motion (decision 0017); part of the one registry
 * (registry.ts). The seats are the organization's: every change wakes its seat counts.
 */
export const billingEvents: Entries<
  | 'seats.changed'
  | 'billing.subscribed'
  | 'billing.subscription_ended'
  | 'billing.payment_failed'
  | 'seats.restored'
> = {
  'seats.restored': {
    // Each person hears their seat is back, and the operator's product gets what one
    // assignment at a time would have sent it.
    effects(event, names) {
      const { organizationId, data } = event;
      const full = data.seatsUsed === data.seatsTotal;
      const webhooks: WebhookMessage[] = data.restored.map((r) => ({
        type: 'seat.assigned',
        data: { organizationId, userId: r.userId, role: r.role, seat: 'plus' },
      }));
      if (full) webhooks.push({ type: 'seats.exhausted', data: { organizationId, seats: data.seatsTotal } });
      return {
        notices: [
          {
            type: 'seat_assigned',
            audience: { userIds: data.restored.map((r) => r.userId) },
            data: { organizationName: names.organizationName },
            path: membersPath(organizationId),
          },
        ],
        webhooks,
      };
    },
    liveSeats: (event) => event.organizationId,
  },
  'seats.changed': {
    effects(event, names) {
      const { organizationId, actorId, data } = event;
      return {
        notices: [
          {
            type: 'seats_changed',
            audience: { role: 'managers', organizationId, except: [actorId] },
            data: {
              organizationName: names.organizationName,
              // Null when the provider changed them (its dashboard), not a person here.
              actorName: actorId ? (names.actorName ?? 'Someone') : null,
              previousSeats: data.seats.from,
              seatsTotal: data.seats.to,
              seatsAvailable: data.seats.to - data.seatsUsed,
            },
            path: membersPath(organizationId),
          },
        ],
        webhooks: [
          {
            type: 'seats.changed',
            data: {
              organizationId,
              seats: data.seats.to,
              seatsUsed: data.seatsUsed,
              previousSeats: data.seats.from,
              provider: data.provider,
              changedBy: actorId,
            },
          },
        ],
      };
    },
    liveSeats: (event) => event.organizationId,
  },
  'billing.subscribed': { effects: () => noEffects, liveSeats: () => null },
  'billing.subscription_ended': {
    effects(event, names) {
      const { organizationId, data } = event;
      const webhooks: WebhookMessage[] = data.released.map((userId) => ({
        type: 'seat.released',
        data: { organizationId, userId, reason: 'subscription_ended' },
      }));
      webhooks.push({
        type: 'seats.changed',
        data: {
          organizationId,
          seats: data.seats.to,
          seatsUsed: 0,
          previousSeats: data.seats.from,
          provider: data.provider,
          changedBy: null,
        },
      });
      return {
        notices: [
          {
            type: 'subscription_ended',
            // Those who lost Plus, and the owner and admins, each told once.
            audience: { role: 'managers', organizationId, except: [], also: data.released },
            data: { organizationName: names.organizationName, seatsTotal: data.seats.to },
            path: membersPath(organizationId),
          },
        ],
        webhooks,
      };
    },
    liveSeats: (event) => event.organizationId,
  },
  'billing.payment_failed': {
    effects(event, names) {
      const { organizationId, data } = event;
      return {
        notices: [
          {
            // Billing is the owner's alone (PRODUCT.md, roles): only they can fix the payment.
            type: 'payment_failed',
            audience: { role: 'owner', organizationId, except: [] },
            data: { organizationName: names.organizationName, until: data.until },
            path: `/organizations/${organizationId}/billing`,
          },
        ],
        webhooks: [],
      };
    },
    liveSeats: () => null,
  },
};
