import { targetOf } from './member-events.ts';
import type { Entries } from './registry.ts';

/**
 * A person turned away by a working link (issue 16): a webhook for the operator and a row in
 * the audit log; part of the one registry (registry.ts). It moves no seat count.
 */
export const joinRefusalEvents: Entries<'join.refused'> = {
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
};
