import { eq, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import { checkEvent, type DomainEvent } from '../../contracts/events.ts';
import type { Membership } from '../../contracts/members.ts';
import type { Database } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { rows } from '../../db/rows.ts';
import { inviteLink } from '../../db/schema/organizations.ts';
import { afterCommit } from '../events/record-event.ts';
import { refuseByDomain } from './email-domain.ts';
import { findValidInvite, inviteInvalid, isOpen } from './find-valid-invite.ts';

type Joiner = {
  id: string;
  name: string;
  email: string;
  email_verified: boolean;
  personal: boolean;
  seat_org: string | null;
  member: boolean;
};
type Locked = {
  linked: number;
  seats: number | null;
  seats_used: number | null;
  joined_at: string | Date | null;
};

/**
 * Joins an organization through its invite link, in one transaction of five round trips
 * (docs/decisions/0009-domain-events.md): lock the joiner and read what decides their
 * seat; then, with the organization's rows locked, one statement re-checks the link and
 * counts the join, claims the seat with the guarded update, inserts the membership and
 * its `member.joined` event; then COMMIT. Nothing is written before the join is known to
 * succeed, and the notices, e-mails, webhooks and live counts follow from the event after
 * commit. Lock order: user → invite_link → organization → membership.
 */
export async function joinOrganization(
  db: Database,
  options: { key: Buffer; organizationId: string; token: string; userId: string; now?: Date },
): Promise<Membership> {
  // Cheap check outside the transaction, so bad links never take a lock.
  const { link: seen } = await findValidInvite(db, options);
  const organizationId = seen.organizationId;
  let event: DomainEvent | undefined;
  try {
    const membership = await db.transaction(async (tx) => {
      // The joiner's row lock serialises this person's joins and Plus changes.
      const [lockedUser] = await rows<{ id: string }>(
        tx,
        sql`SELECT id FROM "user" WHERE id = ${options.userId} FOR NO KEY UPDATE`,
      );
      // Read after the lock, in a statement of its own: its snapshot then includes a
      // concurrent join of this person that committed while we waited.
      const [joiner] = lockedUser
        ? await rows<Joiner>(
            tx,
            sql`SELECT u.id, u.name, u.email, u.email_verified,
                   EXISTS (SELECT 1 FROM personal_plus WHERE user_id = u.id) AS personal,
                   (SELECT organization_id FROM membership WHERE user_id = u.id AND seat = 'plus') AS seat_org,
                   EXISTS (SELECT 1 FROM membership WHERE user_id = u.id AND organization_id = ${organizationId}) AS member
            FROM "user" u WHERE u.id = ${options.userId}`,
          )
        : [];
      if (!joiner) throw new RosterError('USER_NOT_FOUND', `No user with id ${options.userId}.`);
      if (joiner.member) throw alreadyMember();
      const person = { email: joiner.email, emailVerified: joiner.email_verified };
      refuseByDomain(seen.allowedDomains, person);

      // A person with Plus from elsewhere joins without taking a seat.
      const plusFrom = joiner.personal ? 'personal' : joiner.seat_org ? 'organization' : null;
      const seat: 'plus' | 'none' = plusFrom ? 'none' : 'plus';
      const facts = checkEvent({
        type: 'member.joined',
        version: 1,
        organizationId,
        actorId: joiner.id,
        targetId: joiner.id,
        data: { seat, role: 'member', via: 'invite_link', plusFrom, seatsTotal: 0, seatsUsed: 0 },
      });
      const domain = joiner.email.slice(joiner.email.lastIndexOf('@') + 1).toLowerCase();

      // From here on the organization's rows are locked until commit: one statement. The
      // link is re-checked under its row lock (a regenerate, pause, expiry or domain change
      // that commits first wins); the claim is the guarded update (+0 for a joiner with
      // Plus, who needs no seat); the event carries the counts as the claim left them.
      const [locked] = await rows<Locked>(
        tx,
        sql`WITH link AS (
              UPDATE invite_link SET joins = joins + 1
              WHERE organization_id = ${organizationId} AND version = ${seen.version} AND NOT paused
                AND (expires_at IS NULL OR expires_at > now())
                AND (cardinality(allowed_domains) = 0
                     OR (${domain} = ANY (allowed_domains) AND ${joiner.email_verified}))
              RETURNING organization_id),
            claim AS (
              UPDATE organization SET seats_used = seats_used + ${seat === 'plus' ? 1 : 0}
              WHERE id = (SELECT organization_id FROM link)
                AND seats_used + ${seat === 'plus' ? 1 : 0} <= seats
              RETURNING id, seats, seats_used),
            joined AS (
              INSERT INTO membership (organization_id, user_id, role, seat)
              SELECT id, ${joiner.id}, 'member', ${seat} FROM claim
              RETURNING joined_at),
            event AS (
              INSERT INTO audit_event (organization_id, actor_id, action, target_id, data, version)
              SELECT claim.id, ${joiner.id}, 'member.joined', ${joiner.id},
                     ${JSON.stringify(facts.data)}::jsonb
                       || jsonb_build_object('seatsTotal', claim.seats, 'seatsUsed', claim.seats_used),
                     1
              FROM claim, joined)
            SELECT (SELECT count(*) FROM link)::int AS linked, claim.seats, claim.seats_used, joined.joined_at
            FROM (SELECT 1) AS one LEFT JOIN claim ON true LEFT JOIN joined ON true`,
      );
      if (!locked?.linked) await refuseStaleLink(tx, organizationId, seen.version, person);
      if (locked?.seats == null || locked.seats_used == null || !locked.joined_at) throw noSeats();
      event = { ...facts, data: { ...facts.data, seatsTotal: locked.seats, seatsUsed: locked.seats_used } };
      return {
        organizationId,
        userId: joiner.id,
        role: 'member' as const,
        seat,
        joinedAt: new Date(locked.joined_at).toISOString(),
      };
    });
    if (event) afterCommit(db, event);
    return membership;
  } catch (error) {
    // The lock makes this unreachable in practice; the primary key is the last line.
    if (isUniqueViolation(error, 'membership_pkey')) throw alreadyMember();
    throw error;
  }
}

/** The link refused the join under its lock: say why (its domains changed, or it is gone). */
async function refuseStaleLink(
  tx: Database,
  organizationId: string,
  version: number,
  person: { email: string; emailVerified: boolean },
): Promise<never> {
  const [link] = await tx.select().from(inviteLink).where(eq(inviteLink.organizationId, organizationId));
  if (link && link.version === version && isOpen(link, new Date()))
    refuseByDomain(link.allowedDomains, person);
  throw inviteInvalid();
}

function noSeats() {
  return new RosterError(
    'NO_SEATS_AVAILABLE',
    'No seats left — ask an admin of this organization to add seats.',
  );
}

function alreadyMember() {
  return new RosterError('ALREADY_MEMBER', 'You are already a member of this organization.');
}
