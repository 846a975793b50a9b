import type { DomainEvent } from '../../contracts/events.ts';
import type { Entries, Notice } from './registry.ts';

/** The person an event is about; every member event names one. */
export function targetOf(event: DomainEvent): string {
  if (!event.targetId) throw new Error(`${event.type} event without a target`);
  return event.targetId;
}

/** The members page, where most notices link to. */
export const membersPath = (organizationId: string) => `/organizations/${organizationId}/members`;

/** Nobody is told about their own action. */
export const except = (userIds: string[], actorId: string | null) => userIds.filter((id) => id !== actorId);

/**
 * What leaving, removal, role and seat changes set in motion (PRODUCT.md, Notifications);
 * part of the one registry (registry.ts).
 */
export const memberEvents: Entries<
  'member.left' | 'member.removed' | 'member.role_changed' | 'seat.assigned' | 'seat.released'
> = {
  'member.left': {
    effects(event, names) {
      const { organizationId, data } = event;
      const userId = targetOf(event);
      return {
        notices: [
          {
            type: 'member_left',
            audience: { role: 'managers', organizationId, except: [userId] },
            data: {
              organizationName: names.organizationName,
              // A deleted account's row is gone by now: its name came with the event.
              subjectName: names.targetName ?? data.deletedAccount?.name ?? 'Someone',
              seatsAvailable: data.seatsTotal - data.seatsUsed,
              seatsTotal: data.seatsTotal,
              ...(data.deletedAccount && { reason: 'account_deleted' as const }),
            },
            path: membersPath(organizationId),
          },
        ],
        webhooks: [
          { type: 'member.left', data: { organizationId, userId } },
          ...(data.seat === 'plus'
            ? [{ type: 'seat.released' as const, data: { organizationId, userId, reason: 'left' as const } }]
            : []),
        ],
      };
    },
    liveSeats: (event) => event.organizationId,
  },
  'member.removed': {
    effects(event, names) {
      const { organizationId, data } = event;
      const userId = targetOf(event);
      return {
        notices: [
          {
            type: 'member_removed',
            audience: { userIds: [userId] },
            data: { organizationName: names.organizationName },
            // They can no longer open the organization.
            path: '/',
          },
        ],
        webhooks: [
          { type: 'member.removed', data: { organizationId, userId, removedBy: event.actorId } },
          ...(data.seat === 'plus'
            ? [
                {
                  type: 'seat.released' as const,
                  data: { organizationId, userId, reason: 'removed' as const },
                },
              ]
            : []),
        ],
      };
    },
    liveSeats: (event) => event.organizationId,
  },
  'member.role_changed': {
    effects(event, names) {
      const { organizationId, data } = event;
      const userId = targetOf(event);
      return {
        notices: [roleNotice(event, names, data.to)],
        webhooks: [{ type: 'member.role_changed', data: { organizationId, userId, role: data.to } }],
      };
    },
    liveSeats: () => null,
  },
  'seat.assigned': {
    effects(event, names) {
      const { organizationId, data } = event;
      const userId = targetOf(event);
      const organizationName = names.organizationName;
      const path = membersPath(organizationId);
      const notices: Notice[] = [
        {
          type: 'seat_assigned',
          audience: { userIds: except([userId], event.actorId) },
          data: { organizationName },
          path,
        },
      ];
      if (data.seatsUsed === data.seatsTotal) {
        notices.push({
          type: 'last_seat_taken',
          audience: { role: 'owner', organizationId, except: [] },
          data: { organizationName, seatsAvailable: 0, seatsTotal: data.seatsTotal },
          path,
        });
      }
      return {
        notices,
        webhooks: [
          { type: 'seat.assigned', data: { organizationId, userId, role: data.role, seat: 'plus' } },
          ...(data.seatsUsed === data.seatsTotal
            ? [{ type: 'seats.exhausted' as const, data: { organizationId, seats: data.seatsTotal } }]
            : []),
        ],
      };
    },
    liveSeats: (event) => event.organizationId,
  },
  'seat.released': {
    effects(event, names) {
      const { organizationId, data } = event;
      const userId = targetOf(event);
      return {
        // Someone who bought Plus themselves knows; only the organization's side is told.
        notices:
          data.reason === 'personal_plus_started'
            ? []
            : [
                {
                  type: 'seat_removed',
                  audience: { userIds: except([userId], event.actorId) },
                  data: { organizationName: names.organizationName },
                  path: membersPath(organizationId),
                },
              ],
        webhooks: [{ type: 'seat.released', data: { organizationId, userId, reason: data.reason } }],
      };
    },
    liveSeats: (event) => event.organizationId,
  },
};

/** "You are now …": to the member whose role changed, unless they changed it themselves. */
export function roleNotice(
  event: DomainEvent,
  names: { organizationName: string; actorName: string | null },
  role: 'owner' | 'admin' | 'member',
): Notice {
  return {
    type: 'role_changed',
    audience: { userIds: except([targetOf(event)], event.actorId) },
    data: { organizationName: names.organizationName, role, actorName: names.actorName ?? 'Someone' },
    path: membersPath(event.organizationId),
  };
}
