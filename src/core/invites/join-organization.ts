import { eq, type SQL, sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import { checkEvent, type DomainEvent } from '../../contracts/events.ts';
import type { Membership } from '../../contracts/members.ts';
import type { Database } from '../../db/client.ts';
import { isCheckViolation, isUniqueViolation } from '../../db/errors.ts';
import { fromJsonRow, preparedRows } from '../../db/rows.ts';
import { inviteLink, organization } from '../../db/schema/organizations.ts';
import { afterCommit } from '../events/record-event.ts';
import { refuseByDomain } from './email-domain.ts';
import {
  findValidInvite,
  type InviteLoader,
  inviteInvalid,
  isOpen,
  type ValidInvite,
} from './find-valid-invite.ts';

/** The caller's refusal counters were used up: nothing was written. */
export class RefusalsUsedUp extends RosterError {
  constructor(readonly untilMs: number) {
    super('RATE_LIMITED', 'Too many attempts; try again later.');
  }
}

type Outcome = {
  refused_until: string | Date | null;
  user_id: string | null;
  email: string | null;
  name: string | null;
  session_id?: string | null;
  organization?: Record<string, unknown> | null;
  link?: Record<string, unknown> | null;
  email_verified: boolean | null;
  member: boolean | null;
  linked: number;
  data: unknown;
  joined_at: string | Date | null;
};

// The losing side of a race the one-seat index or the personal-Plus trigger settles: the
// statement wrote nothing, and trying again sees the winner (decision 0009).
const RACES = ['membership_one_seat_per_user_idx', 'membership_seat_not_with_personal_plus'];
const TRIES = 3;

/**
 * Joins an organization through its invite link in one statement, committed on its own
 * (docs/decisions/0009-domain-events.md): it reads what decides the joiner's seat, locks and
 * re-checks the link (a reset, pause, expiry or domain change that commits first wins),
 * claims the seat with the guarded update (+0 for a joiner with Plus from elsewhere), counts
 * the join on the link, and inserts the membership and its `member.joined` event. The
 * organization's row is locked only while that statement runs, with no round trip inside.
 * A refusal writes nothing; the notices, e-mails, webhooks and live counts follow from the
 * event after commit. Two joins of one person at once are settled by the database: the
 * one-seat index lets one of them take a seat, and the loser tries again without one.
 */
export async function joinOrganization(
  db: Database,
  options: {
    key: Buffer;
    organizationId: string;
    token: string;
    userId: string;
    now?: Date;
    /** A cache of invite links (src/server/invite-cache.ts `loadLink`); any age is safe here. */
    load?: InviteLoader;
    /**
     * Refusal counters the caller could not decide from what it knows: the join is refused
     * (RefusalsUsedUp) if any has `limit` refusals left in its window, checked by the join's
     * own statement instead of a read before it.
     */
    refusals?: Refusals;
  },
): Promise<Membership> {
  const joined = await join(db, options, { userId: options.userId });
  if (joined === NO_SESSION) throw new RosterError('USER_NOT_FOUND', `No user with id ${options.userId}.`);
  return joined.membership;
}

/**
 * The same join for a signed-in request whose session this statement checks itself
 * (decision 0034): one round trip instead of a session lookup and then the join. NO_SESSION
 * when the session is not one this statement may trust (gone, expired, due for its refresh):
 * nothing was written, and the caller asks the usual way. `onViewer` hears who joined (or
 * tried to) before any refusal is thrown.
 */
export async function joinOrganizationWithSession(
  db: Database,
  options: Omit<Parameters<typeof joinOrganization>[1], 'userId'> & {
    session: { token: string; expiresInMs: number; updateAgeMs: number; touch: boolean };
    onViewer: (viewer: JoinViewer) => void;
    /**
     * The link version the token was made for (invite-token.ts `versionOfToken`), when the
     * link is not cached: no pre-check, the statement checks the link under lock alone and
     * hands the organization and link it read to `onInvite`, for the cache.
     */
    linkVersion?: { version: number; onInvite: (invite: ValidInvite) => void };
  },
): Promise<Membership | typeof NO_SESSION> {
  const joined = await join(
    db,
    options,
    {
      session: options.session,
      onViewer: options.onViewer,
      onInvite: options.linkVersion?.onInvite,
    },
    options.linkVersion?.version,
  );
  return joined === NO_SESSION ? NO_SESSION : joined.membership;
}

export const NO_SESSION = Symbol('no session');
export type JoinViewer = { id: string; email: string; name: string; sessionId: string };
type Refusals = { keys: string[]; limit: number; userKeyPrefix?: string };
type Who =
  | { userId: string }
  | {
      session: { token: string; expiresInMs: number; updateAgeMs: number; touch: boolean };
      onViewer: (viewer: JoinViewer) => void;
      onInvite?: (invite: ValidInvite) => void;
    };

async function join(
  db: Database,
  options: Omit<Parameters<typeof joinOrganization>[1], 'userId'>,
  who: Who,
  knownVersion?: number,
): Promise<{ membership: Membership } | typeof NO_SESSION> {
  const { organizationId } = options;
  let version = knownVersion;
  if (version === undefined) {
    // Cheap check first, so bad links never reach the locking statement. A cached link may be
    // old: what it admits is checked again under lock, and what it refuses is read afresh.
    const { link: seen } = await findValidInvite(db, options).catch((error) =>
      options.load ? findValidInvite(db, { ...options, load: undefined }) : Promise.reject(error),
    );
    if (seen.requiresApproval) throw approvalRequired();
    version = seen.version;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await joinOnce(db, organizationId, version, who, options.refusals);
    } catch (error) {
      if (isUniqueViolation(error, 'membership_pkey')) throw alreadyMember();
      const raced = RACES.some((name) => isUniqueViolation(error, name) || isCheckViolation(error, name));
      if (!raced || attempt >= TRIES) throw error;
    }
  }
}

/**
 * Who joins: a user id, or the session a cookie carries, checked in the statement as the
 * session lookup checks it (src/server/auth/session-lookup.ts), marking the member active
 * in passing when `touch` says so.
 */
function joinerSql(who: Who, organizationId: string): { ctes: SQL; id: SQL; columns: SQL } {
  if ('userId' in who) return { ctes: sql``, id: sql`${who.userId}`, columns: sql`` };
  // As read before the statement's own changes (its snapshot): any age is safe for the cache.
  const invite = who.onInvite
    ? sql`,
          (SELECT row_to_json(o) FROM organization o WHERE o.id = ${organizationId}::uuid) AS organization,
          (SELECT row_to_json(l) FROM invite_link l WHERE l.organization_id = ${organizationId}::uuid) AS link`
    : sql``;
  const { token, expiresInMs, updateAgeMs, touch } = who.session;
  return {
    ctes: sql`sess AS (
          SELECT s.id, s.user_id FROM session s
          WHERE s.token = ${token} AND s.expires_at > now()
            AND s.expires_at - ${expiresInMs}::float8 * interval '1 millisecond'
                + ${updateAgeMs}::float8 * interval '1 millisecond' > now()),
        touched AS (
          UPDATE membership SET last_active_at = now()
          WHERE ${touch}::boolean AND user_id = (SELECT user_id FROM sess)
            AND (last_active_at IS NULL OR last_active_at < now() - interval '5 minutes')),
        `,
    id: sql`(SELECT user_id FROM sess)`,
    columns: sql`, (SELECT id FROM sess) AS session_id${invite}`,
  };
}

async function joinOnce(
  db: Database,
  organizationId: string,
  version: number,
  who: Who,
  refusals: Refusals = { keys: [], limit: 0 },
): Promise<{ membership: Membership } | typeof NO_SESSION> {
  const joinerOf = joinerSql(who, organizationId);
  const userKey = refusals.userKeyPrefix ? sql`${refusals.userKeyPrefix} || ${joinerOf.id}` : sql`NULL`;
  // One name per statement text: with or without the session, with or without the user's key.
  const variant = 'userId' in who ? '' : who.onInvite ? '_session_invite' : '_session';
  const name = `roster_join${variant}${refusals.userKeyPrefix ? '_user_key' : ''}`;
  const [outcome] = await preparedRows<Outcome>(
    db,
    name,
    sql`WITH ${joinerOf.ctes}used_up AS (
          SELECT max(expires_at) AS until FROM rate_limit_counter
          WHERE (key = ANY (ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(refusals.keys)}::jsonb)))
                 OR key = ${userKey})
            AND count >= ${refusals.limit} AND expires_at > now()),
        joiner AS (
          SELECT u.id, u.email, u.email_verified, u.name,
                 lower(substring(u.email FROM '[^@]*$')) AS domain,
                 EXISTS (SELECT 1 FROM personal_plus WHERE user_id = u.id) AS personal,
                 EXISTS (SELECT 1 FROM membership WHERE user_id = u.id AND seat = 'plus') AS seated,
                 EXISTS (SELECT 1 FROM membership
                         WHERE user_id = u.id AND organization_id = ${organizationId}) AS member
          FROM "user" u WHERE u.id = ${joinerOf.id}),
        wanted AS (
          SELECT CASE WHEN personal OR seated THEN 0 ELSE 1 END AS take,
                 CASE WHEN personal THEN 'personal' WHEN seated THEN 'organization' END AS plus_from
          FROM joiner WHERE NOT member AND (SELECT until FROM used_up) IS NULL),
        link AS (
          SELECT organization_id FROM invite_link
          WHERE organization_id = ${organizationId} AND version = ${version} AND NOT paused
            AND (expires_at IS NULL OR expires_at > now())
            AND (max_joins IS NULL OR joins < max_joins) AND NOT requires_approval
            AND EXISTS (SELECT 1 FROM wanted)
            AND (cardinality(allowed_domains) = 0
                 OR ((SELECT domain FROM joiner) = ANY (allowed_domains) AND (SELECT email_verified FROM joiner)))
          FOR NO KEY UPDATE),
        claim AS (
          UPDATE organization SET seats_used = seats_used + (SELECT take FROM wanted)
          WHERE id = (SELECT organization_id FROM link)
            AND seats_used + (SELECT take FROM wanted) <= seats
          RETURNING id, seats, seats_used),
        -- Runs though nothing reads it: PostgreSQL carries out every data-modifying CTE.
        counted AS (
          UPDATE invite_link SET joins = joins + 1
          WHERE organization_id = (SELECT id FROM claim)
          RETURNING joins, max_joins),
        joined AS (
          INSERT INTO membership (organization_id, user_id, role, seat)
          SELECT claim.id, (SELECT id FROM joiner), 'member', CASE WHEN wanted.take = 1 THEN 'plus' ELSE 'none' END
          FROM claim, wanted
          RETURNING joined_at, seat),
        event AS (
          INSERT INTO audit_event (organization_id, actor_id, action, target_id, data, version)
          SELECT claim.id, joiner.id, 'member.joined', joiner.id,
                 jsonb_build_object('seat', joined.seat, 'role', 'member', 'via', 'invite_link',
                                    'plusFrom', wanted.plus_from,
                                    'seatsTotal', claim.seats, 'seatsUsed', claim.seats_used)
                 || CASE WHEN counted.joins = counted.max_joins THEN '{"linkFull": true}'::jsonb ELSE '{}' END,
                 1
          FROM claim, joined, wanted, counted, joiner
          RETURNING id, data),
        -- Its place in the expander's queue (decision 0038).
        queued AS (INSERT INTO event_expansion (event_id) SELECT id FROM event)
        SELECT joiner.id AS user_id, joiner.email, joiner.email_verified, joiner.name, joiner.member${joinerOf.columns},
               (SELECT until FROM used_up) AS refused_until,
               (SELECT count(*) FROM link)::int AS linked, event.data, joined.joined_at
        FROM (SELECT 1) AS one
          LEFT JOIN joiner ON true LEFT JOIN event ON true LEFT JOIN joined ON true`,
  );
  if (!outcome?.user_id) return NO_SESSION;
  const userId = outcome.user_id;
  if ('onViewer' in who) {
    if (who.onInvite && outcome.organization && outcome.link) {
      who.onInvite({
        organization: fromJsonRow(organization, outcome.organization),
        link: fromJsonRow(inviteLink, outcome.link),
      });
    }
    who.onViewer({
      id: userId,
      email: outcome.email ?? '',
      name: outcome.name ?? '',
      sessionId: outcome.session_id ?? '',
    });
  }
  if (outcome.refused_until) throw new RefusalsUsedUp(new Date(outcome.refused_until).getTime());
  if (outcome.member) throw alreadyMember();
  const person = { email: outcome.email ?? '', emailVerified: outcome.email_verified ?? false };
  if (!outcome.linked) await refuseStaleLink(db, organizationId, version, person);
  if (!outcome.data || !outcome.joined_at) throw noSeats();
  // Committed: the event is checked against its schema as it was written, then woken.
  const event = checkEvent({
    type: 'member.joined',
    version: 1,
    organizationId,
    actorId: userId,
    targetId: userId,
    data: outcome.data,
  } as DomainEvent);
  afterCommit(db, event);
  const data = event.data as { seat: 'plus' | 'none' };
  return {
    membership: {
      organizationId,
      userId,
      role: 'member' as const,
      seat: data.seat,
      joinedAt: new Date(outcome.joined_at).toISOString(),
    },
  };
}

/** The link refused the join under its lock: say why (its domains changed, or it is gone). */
async function refuseStaleLink(
  tx: Database,
  organizationId: string,
  version: number,
  person: { email: string; emailVerified: boolean },
): Promise<never> {
  const [link] = await tx.select().from(inviteLink).where(eq(inviteLink.organizationId, organizationId));
  if (link && link.version === version && isOpen(link, new Date())) {
    refuseByDomain(link.allowedDomains, person);
    if (link.requiresApproval) throw approvalRequired();
  }
  throw inviteInvalid();
}

function noSeats() {
  return new RosterError(
    'NO_SEATS_AVAILABLE',
    'No seats left — ask an admin of this organization to add seats.',
  );
}

function approvalRequired() {
  return new RosterError(
    'APPROVAL_REQUIRED',
    'This organization lets each person in itself: ask to join, and an owner or admin will be told.',
  );
}

function alreadyMember() {
  return new RosterError('ALREADY_MEMBER', 'You are already a member of this organization.');
}
