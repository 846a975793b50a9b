import type { z } from 'zod';
import {
  type DomainEventType,
  domainEventSchemas,
  type EventOf,
  retiredEventSchemas,
} from '../../contracts/events.ts';

/** The people an audit row names, as the log shows them. */
export type SentenceNames = {
  actorId: string | null;
  actorName: string | null;
  targetId: string | null;
  targetName: string | null;
};

type Data<T extends DomainEventType> = EventOf<T>['data'];
type Say = { actor: string; target: string; self: boolean };

const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const day = (iso: string) => iso.slice(0, 10);
const quoted = (text: string) => (text ? `“${text}”` : 'nothing');

const refusal = {
  no_seats: 'no seat was free',
  email_domain_not_allowed: 'the link does not accept their e-mail domain',
  email_not_verified: 'their e-mail address is not verified',
} as const;

const ended = {
  link_reset: 'the invite link was reset',
  link_paused: 'the invite link was paused',
  email_domain_not_allowed: 'the link no longer accepts their e-mail domain',
  email_not_verified: 'their e-mail address is not verified',
} as const;

function linkChanges(d: Data<'invite_link.updated'>): string[] {
  const parts: string[] = [];
  if (d.paused !== undefined) parts.push(d.paused ? 'paused the invite link' : 'resumed the invite link');
  if (d.requiresApproval !== undefined) {
    parts.push(d.requiresApproval ? 'made every join need approval' : 'let people join without approval');
  }
  if (d.maxJoins !== undefined) {
    parts.push(
      d.maxJoins === null
        ? 'removed the limit on joins'
        : `limited the link to ${plural(d.maxJoins, 'join', 'joins')}`,
    );
  }
  if (d.expiresAt !== undefined) {
    parts.push(
      d.expiresAt === null ? 'made the link never expire' : `set the link to expire on ${day(d.expiresAt)}`,
    );
  }
  if (d.allowedDomains !== undefined) {
    parts.push(
      d.allowedDomains.length === 0
        ? 'let any e-mail domain join'
        : `let only ${d.allowedDomains.map((x) => `@${x}`).join(', ')} addresses join`,
    );
  }
  return parts;
}

/**
 * Each event type's sentence, from its typed payload: "Olive Owner changed Ann Lee’s role
 * to admin". Names come from the rows the event points at (or the payload, for a deleted
 * account); no payload field is ever shown raw.
 */
const sentences: { [T in DomainEventType]: (d: Data<T>, s: Say) => string } = {
  'organization.created': (d, s) =>
    `${s.actor} created the organization ${quoted(d.name)} with ${plural(d.seats, 'Plus seat', 'Plus seats')}`,
  'organization.updated': (d, s) => {
    const parts: string[] = [];
    if (d.name) parts.push(`renamed the organization from ${quoted(d.name.from)} to ${quoted(d.name.to)}`);
    if (d.description) parts.push('changed the description');
    if (d.welcomeMessage) parts.push('changed the welcome message');
    return `${s.actor} ${parts.length ? parts.join(' and ') : 'changed the organization'}`;
  },
  'organization.image_changed': (d, s) =>
    'removed' in d
      ? `${s.actor} removed the organization’s image`
      : `${s.actor} uploaded a new organization image`,
  'organization.deleted': (d, s) =>
    `${s.actor} deleted the organization ${quoted(d.name)} and its ${plural(d.members, 'membership', 'memberships')}`,
  'ownership.transferred': (_d, s) => `${s.actor} made ${s.target} the owner`,
  'invitations.sent': (d, s) =>
    `${s.actor} sent ${plural(d.invitationIds.length, 'e-mail invitation', 'e-mail invitations')}`,
  'invitations.resent': (d, s) =>
    `${s.actor} sent ${plural(d.invitationIds.length, 'e-mail invitation', 'e-mail invitations')} again`,
  'invitation.revoked': (_d, s) => `${s.actor} revoked an e-mail invitation`,
  'invitation.opened': () => 'Someone opened the invite link from an e-mail invitation',
  'member.joined': (d, s) =>
    d.via === 'seat_request'
      ? `${s.actor} let ${s.target} in${d.seat === 'plus' ? ' with a Plus seat' : ''}`
      : `${s.target} joined through the invite link${d.seat === 'plus' ? ' and took a Plus seat' : ''}`,
  'member.left': (d, s) =>
    d.deletedAccount
      ? `${d.deletedAccount.name} deleted their account and left`
      : `${s.target} left the organization`,
  'member.removed': (d, s) =>
    `${s.actor} removed ${s.target}${d.seat === 'plus' ? ', freeing their Plus seat' : ''}`,
  'member.role_changed': (d, s) => `${s.actor} changed ${possessive(s.target)} role to ${d.to}`,
  'seat.assigned': (_d, s) =>
    s.self ? `${s.actor} took a Plus seat` : `${s.actor} gave ${s.target} a Plus seat`,
  'seat.released': (d, s) =>
    d.reason === 'personal_plus_started'
      ? `${possessive(s.target)} Plus seat was freed: they have their own Plus now`
      : s.self
        ? `${s.actor} gave up their Plus seat`
        : `${s.actor} took ${possessive(s.target)} Plus seat`,
  'seats.changed': (d, s) =>
    `${s.actor === 'Roster' ? 'The subscription' : s.actor} changed the Plus seats from ${d.seats.from} to ${d.seats.to}`,
  'seat_request.created': (d, s) =>
    d.approval ? `${s.target} asked to join` : `${s.target} asked for a Plus seat`,
  'seat_request.withdrawn': (_d, s) => `${s.actor} withdrew their request for a seat`,
  'seat_request.declined': (_d, s) => `${s.actor} declined ${possessive(s.target)} request to join`,
  'seat_request.ended': (d, s) => `${possessive(s.target)} request to join ended: ${ended[d.reason]}`,
  'join.refused': (d, s) => `${s.target} opened the invite link and could not join: ${refusal[d.reason]}`,
  'seats.turned_away': (d) =>
    `${plural(d.people, 'person', 'people')} could not join for lack of seats between ${day(d.since)} and ${day(d.until)}`,
  'billing.subscribed': (d, s) =>
    `${s.actor === 'Roster' ? 'The organization' : s.actor} subscribed for ${plural(d.seats, 'Plus seat', 'Plus seats')}`,
  'billing.subscription_ended': (d) =>
    `The subscription ended: ${plural(d.seatsReleased, 'member', 'members')} lost their Plus seat`,
  'seats.restored': (d, s) =>
    `${s.actor} gave Plus seats back to ${plural(d.restored.length, 'member', 'members')} who had them before the subscription ended`,
  'billing.payment_failed': (d) => `A payment failed: the Plus seats stay until ${day(d.until)}`,
  'invite_link.regenerated': (_d, s) => `${s.actor} reset the invite link; the old one no longer works`,
  'invite_link.updated': (d, s) => {
    const parts = linkChanges(d);
    return `${s.actor} ${parts.length ? parts.join(' and ') : 'changed the invite link settings'}`;
  },
};

function schemaOf(action: string, version: number): z.ZodType | undefined {
  const current = (domainEventSchemas as Record<string, Record<number, z.ZodType>>)[action]?.[version];
  return current ?? (retiredEventSchemas as Record<string, Record<number, z.ZodType>>)[action]?.[version];
}

/** One audit row as a sentence a person reads; a payload no schema reads gets a plain one. */
export function auditSentence(action: string, version: number, data: unknown, names: SentenceNames): string {
  const say: Say = {
    actor: names.actorId ? (names.actorName ?? 'A deleted account') : 'Roster',
    target: names.targetId ? (names.targetName ?? 'a deleted account') : 'someone',
    self: names.actorId !== null && names.actorId === names.targetId,
  };
  const parsed = schemaOf(action, version)?.safeParse(data);
  const write = (sentences as Record<string, ((d: unknown, s: Say) => string) | undefined>)[action];
  if (write && parsed?.success) {
    try {
      return write(parsed.data, say);
    } catch {
      // A retired payload without a field today's sentence reads: the plain sentence below.
    }
  }
  return `${say.actor} ${action.replace(/[._]/g, ' ')}`;
}
