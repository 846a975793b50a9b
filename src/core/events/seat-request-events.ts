import { membersPath, targetOf } from './member-events.ts';
import type { Entries } from './registry.ts';

/**
 * What asking for a seat, a decline and a request ended by a link change set in motion;
 * part of the one registry (registry.ts). An admitted request is a `member.joined` with
 * `via: 'seat_request'`, in the registry itself. None of these moves a seat count.
 */
export const seatRequestEvents: Entries<
  'seat_request.created' | 'seat_request.declined' | 'seat_request.ended' | 'seat_request.withdrawn'
> = {
  'seat_request.created': {
    effects(event, names) {
      const { organizationId, data } = event;
      return {
        notices: [
          {
            type: 'seat_requested',
            audience: { role: 'managers', organizationId, except: [targetOf(event)] },
            data: {
              organizationName: names.organizationName,
              subjectName: names.targetName ?? 'Someone',
              seatsAvailable: data.seatsTotal - data.seatsUsed,
              seatsTotal: data.seatsTotal,
              ...(data.approval && { approval: true }),
              requestId: data.requestId,
            },
            path: membersPath(organizationId),
          },
        ],
        webhooks: [],
      };
    },
    liveSeats: () => null,
  },
  'seat_request.declined': {
    effects(event, names) {
      return {
        notices: [
          {
            type: 'seat_request_declined',
            audience: { userIds: [targetOf(event)] },
            data: { organizationName: names.organizationName },
            path: '/',
          },
        ],
        webhooks: [],
      };
    },
    liveSeats: () => null,
  },
  'seat_request.ended': {
    effects(event, names) {
      const { data } = event;
      return {
        notices: [
          {
            type: 'seat_request_ended',
            audience: { userIds: [targetOf(event)] },
            data: {
              organizationName: names.organizationName,
              reason: data.reason,
              domains: data.allowedDomains,
            },
            // They are not a member: the notice links home, where the bell shows it.
            path: '/',
          },
        ],
        webhooks: [],
      };
    },
    liveSeats: () => null,
  },
  // The requester's own choice: nobody is told; the audit log records it and the owner's
  // and admins' list of waiting people no longer shows them.
  'seat_request.withdrawn': {
    effects: () => ({ notices: [], webhooks: [] }),
    liveSeats: () => null,
  },
};
