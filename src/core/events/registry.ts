import type { DomainEvent, DomainEventType, EventOf } from '../../contracts/events.ts';
import type { NotificationData, NotificationType } from '../../contracts/notifications.ts';
import type { WebhookMessage } from '../../contracts/webhooks.ts';
import { billingEvents } from './billing-events.ts';
import { invitationEvents } from './invitation-events.ts';
import { inviteLinkEvents } from './invite-link-events.ts';
import { joinRefusalEvents } from './join-refusal-events.ts';
import { memberEvents } from './member-events.ts';
import { organizationEvents } from './organization-events.ts';
import { seatRequestEvents } from './seat-request-events.ts';

/** Who hears of an event, resolved in SQL by the expander at expansion time. */
export type Audience =
  | { userIds: string[] }
  | {
      role: 'managers' | 'owner';
      organizationId: string;
      except: Array<string | null>;
      /** People told as well as those of the role (each once): the members an ended subscription took Plus from. */
      also?: string[];
    };

export type Notice = {
  type: NotificationType;
  audience: Audience;
  data: NotificationData;
  /** Path on Roster's own site the e-mail links back to. */
  path: string;
  /** Reaches a person once ever (the welcome): keyed in notification_once. */
  onceKey?: string;
};

/** Names the expander reads once per event (they are not part of the payload). */
export type EventNames = {
  organizationName: string;
  /** The organization's welcome message as it is when the event is expanded ('' for none). */
  welcomeMessage: string;
  actorName: string | null;
  targetName: string | null;
};

export type EventEffects = {
  notices: Notice[];
  webhooks: WebhookMessage[];
  /** E-mail invitations to mail, each once, with the link version stored on its row (decision 0030). */
  invitationMails?: string[];
  /** This person joined: their pending invitation to the organization, if any, becomes joined. */
  invitationJoined?: string;
};

export type Entry<E extends DomainEvent> = {
  /** The notices (in-app and e-mail per preferences) and webhooks an event sets off. */
  effects(event: E, names: EventNames): EventEffects;
  /** Whose open pages to wake after commit: the organization's seat counts, or nothing. */
  liveSeats(event: E): string | null;
  /**
   * The organization whose invite page changed (its link, name or image, or it is gone):
   * after commit, open invite pages re-check and every instance's preview cache forgets it.
   */
  liveInvite?(event: E): string | null;
};

/** Registry entries for some event types (each area of the domain keeps its own file). */
export type Entries<T extends DomainEventType> = { [K in T]: Entry<EventOf<K>> };

export const noEffects: EventEffects = { notices: [], webhooks: [] };

/**
 * The one place that says what each domain event sets in motion (docs/decisions/0009):
 * audience, in-app notice, e-mail, webhooks, live message. Nothing else builds those.
 */
export const eventRegistry: Entries<DomainEventType> = {
  'member.joined': {
    effects(event, names) {
      const { data, organizationId } = event;
      const userId = event.targetId ?? '';
      const path = `/organizations/${organizationId}/members`;
      const organizationName = names.organizationName;
      const seats = { seatsAvailable: data.seatsTotal - data.seatsUsed, seatsTotal: data.seatsTotal };
      const notices: Notice[] = [
        data.via === 'invite_link'
          ? {
              type: 'welcome',
              audience: { userIds: [userId] },
              data: {
                organizationName,
                seat: data.seat,
                ...(names.welcomeMessage && { welcomeMessage: names.welcomeMessage }),
              },
              path,
              onceKey: `welcome:${organizationId}`,
            }
          : {
              type: 'seat_request_admitted',
              audience: { userIds: [userId] },
              data: { organizationName, seat: data.seat },
              path,
            },
        {
          type: 'member_joined',
          audience: { role: 'managers', organizationId, except: [userId, event.actorId] },
          data: { organizationName, subjectName: names.targetName ?? 'Someone', seat: data.seat, ...seats },
          path,
        },
      ];
      // The owner hears of the last seat on every path, whoever took it (issue 13's drift).
      if (data.seat === 'plus' && data.seatsUsed === data.seatsTotal) {
        notices.push({
          type: 'last_seat_taken',
          audience: { role: 'owner', organizationId, except: [] },
          data: { organizationName, ...seats },
          path,
        });
      }
      const member = { organizationId, userId, role: data.role, seat: data.seat };
      const webhooks: WebhookMessage[] = [{ type: 'member.joined', data: { ...member, via: data.via } }];
      if (data.seat === 'plus') webhooks.push({ type: 'seat.assigned', data: member });
      if (data.seat === 'plus' && data.seatsUsed === data.seatsTotal)
        webhooks.push({ type: 'seats.exhausted', data: { organizationId, seats: data.seatsTotal } });
      // "Joined" in the invitation list: written by the expansion, never by the join (decision 0030).
      return { notices, webhooks, invitationJoined: userId };
    },
    liveSeats: (event) => event.organizationId,
    // The link stops at its limit: open invite pages and every preview cache hear of it.
    liveInvite: (event) => (event.data.linkFull ? event.organizationId : null),
  },
  ...memberEvents,
  ...organizationEvents,
  ...inviteLinkEvents,
  ...seatRequestEvents,
  ...billingEvents,
  ...joinRefusalEvents,
  ...invitationEvents,
};

/** The registry entry of an event, typed for any event (each entry takes only its own type). */
export function entryOf(event: DomainEvent): Entry<DomainEvent> {
  return eventRegistry[event.type] as Entry<DomainEvent>;
}

export function effectsOf(event: DomainEvent, names: EventNames): EventEffects {
  return entryOf(event).effects(event, names);
}
