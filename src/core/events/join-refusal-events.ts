import { targetOf } from './member-events.ts';
import type { Entries } from './registry.ts';

/**
 * People turned away by a working link (issue 16): each refusal a webhook for the operator
 * and a row in the audit log, and at most once a day the count of those turned away for lack
 * of seats told to the owner and admins, with the way to add seats; part of the one registry
 * (registry.ts). Neither moves a seat count.
 */
export const joinRefusalEvents: Entries<'join.refused' | 'seats.turned_away'> = {
  'join.refused': {
    effects(event) {
      return {
        notices: [],
        webhooks: [
          {
            type: 'join.refused',
            data: {
              organizationId: event.organizationId,
              userId: targetOf(event),
              reason: event.data.reason,
            },
          },
        ],
      };
    },
    liveSeats: () => null,
  },
  'seats.turned_away': {
    effects(event, names) {
      const { organizationId } = event;
      return {
        notices: [
          {
            type: 'people_turned_away',
            audience: { role: 'managers', organizationId, except: [] },
            data: { organizationName: names.organizationName, people: event.data.people },
            path: `/organizations/${organizationId}/billing`,
          },
        ],
        webhooks: [],
      };
    },
    liveSeats: () => null,
  },
};
