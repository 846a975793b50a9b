import { membersPath } from './member-events.ts';
import { type Entries, noEffects } from './registry.ts';

/**
 * What changes to the invite link set in motion; part of the one registry (registry.ts).
 * Every change wakes the open invite pages and the preview caches of every instance.
 */
export const inviteLinkEvents: Entries<'invite_link.regenerated' | 'invite_link.updated'> = {
  'invite_link.regenerated': {
    effects(event, names) {
      const { organizationId, actorId } = event;
      return {
        notices: [
          {
            type: 'invite_link_regenerated',
            audience: { role: 'managers', organizationId, except: [actorId] },
            data: { organizationName: names.organizationName, actorName: names.actorName ?? 'Someone' },
            path: membersPath(organizationId),
          },
        ],
        webhooks: [{ type: 'invite_link.regenerated', data: { organizationId, regeneratedBy: actorId } }],
      };
    },
    liveSeats: () => null,
    liveInvite: (event) => event.organizationId,
  },
  'invite_link.updated': {
    effects: () => noEffects,
    liveSeats: () => null,
    liveInvite: (event) => event.organizationId,
  },
};
