import { eq, sql } from 'drizzle-orm';
import type { LinkInsights, LinkVersionInsights, TurnedAway } from '../../contracts/link-insights.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import type { LinkActivityKind } from '../../db/schema/link-insights.ts';
import { inviteLink } from '../../db/schema/organizations.ts';
import { organizationNotFound, requireMembership, requirePermission } from '../access/require-membership.ts';

/** Versions shown: the current one and up to nine before it. */
const VERSIONS = 10;
const DAYS = 90;

const REASON_OF_KIND: Partial<Record<LinkActivityKind, keyof TurnedAway>> = {
  no_seats: 'noSeats',
  email_domain: 'emailDomain',
  email_not_verified: 'emailNotVerified',
  limit_reached: 'limitReached',
  paused: 'paused',
  expired: 'expired',
  reset: 'reset',
};

type Tally = { version: number; kind: string; day: string | null; people: number; visits: number };

/**
 * How each recent version of the invite link did, for its owners and admins: opens, sign-ups,
 * joins and people turned away, in all and per day. Opens, sign-ups and refusals are the
 * gathered rows of `invite_link_activity`; joins are the `member.joined` events through the
 * link, given to the version that was current when they happened (the number of resets after
 * them, counted back from the current version; decision 0031).
 */
export async function getLinkInsights(
  db: Database,
  options: { organizationId: string; userId: string },
): Promise<LinkInsights> {
  const { organizationId } = options;
  const member = await requireMembership(db, organizationId, options.userId);
  requirePermission(member, 'inviteLink', 'read', "see the invite link's insights");
  const [link] = await db
    .select({ version: inviteLink.version })
    .from(inviteLink)
    .where(eq(inviteLink.organizationId, organizationId));
  if (!link) throw organizationNotFound();
  const current = link.version;
  const oldest = current - VERSIONS + 1;

  const activity = await rows<Tally>(
    db,
    sql`SELECT version, kind, to_char(day, 'YYYY-MM-DD') AS day,
               count(DISTINCT subject) FILTER (WHERE subject <> '')::int AS people,
               coalesce(sum(count) FILTER (WHERE subject = ''), 0)::int AS visits
        FROM invite_link_activity
        WHERE organization_id = ${organizationId} AND version >= ${oldest}
        GROUP BY GROUPING SETS ((version, kind, day), (version, kind))`,
  );
  const joins = await rows<Omit<Tally, 'kind' | 'visits'>>(
    db,
    sql`WITH resets AS (
          SELECT at FROM audit_event
          WHERE organization_id = ${organizationId} AND action = 'invite_link.regenerated'),
        joined AS (
          SELECT j.target_id, to_char(j.at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
                 ${current}::int - (SELECT count(*) FROM resets r WHERE r.at > j.at)::int AS version
          FROM audit_event j
          WHERE j.organization_id = ${organizationId} AND j.action = 'member.joined'
            AND j.data->>'via' = 'invite_link')
        SELECT version, day, count(DISTINCT target_id)::int AS people FROM joined
        WHERE version >= ${oldest}
        GROUP BY GROUPING SETS ((version, day), (version))`,
  );
  const starts = await rows<{ version: number; at: string | Date }>(
    db,
    sql`SELECT (data->>'version')::int AS version, min(at) AS at FROM audit_event
        WHERE organization_id = ${organizationId} AND action = 'invite_link.regenerated'
          AND (data->>'version')::int >= ${oldest}
        GROUP BY 1`,
  );

  const versions = new Map<number, LinkVersionInsights>();
  const days = new Map<string, LinkVersionInsights['days'][number]>();
  const versionOf = (version: number) => {
    let found = versions.get(version);
    if (!found) {
      found = emptyVersion(version, version === current);
      versions.set(version, found);
    }
    return found;
  };
  const dayOf = (version: number, day: string) => {
    const key = `${version} ${day}`;
    let found = days.get(key);
    if (!found) {
      found = { day, opened: 0, openedSignedOut: 0, signedUp: 0, joined: 0, turnedAway: 0 };
      days.set(key, found);
      versionOf(version).days.push(found);
    }
    return found;
  };
  versionOf(current);
  const since = new Date(Date.now() - DAYS * 86_400_000).toISOString().slice(0, 10);

  for (const row of activity) {
    const reason = REASON_OF_KIND[row.kind as LinkActivityKind];
    if (row.day === null) {
      const v = versionOf(row.version);
      if (row.kind === 'opened') v.opened.people = row.people;
      else if (row.kind === 'opened_signed_out') v.opened.signedOut = row.visits;
      else if (row.kind === 'signed_up') v.signedUp = row.people;
      else if (reason) v.turnedAway[reason] = row.people;
    } else if (row.day >= since) {
      const d = dayOf(row.version, row.day);
      if (row.kind === 'opened') d.opened = row.people;
      else if (row.kind === 'opened_signed_out') d.openedSignedOut = row.visits;
      else if (row.kind === 'signed_up') d.signedUp = row.people;
      else if (reason) d.turnedAway += row.people;
    }
  }
  for (const row of joins) {
    if (row.day === null) versionOf(row.version).joined = row.people;
    else if (row.day >= since) dayOf(row.version, row.day).joined = row.people;
  }
  for (const start of starts) {
    const v = versions.get(start.version);
    if (v) v.startedAt = new Date(start.at).toISOString();
  }
  const list = [...versions.values()].sort((a, b) => b.version - a.version);
  for (const v of list) v.days.sort((a, b) => a.day.localeCompare(b.day));
  return { currentVersion: current, versions: list };
}

function emptyVersion(version: number, current: boolean): LinkVersionInsights {
  return {
    version,
    current,
    startedAt: null,
    opened: { people: 0, signedOut: 0 },
    signedUp: 0,
    joined: 0,
    turnedAway: {
      noSeats: 0,
      emailDomain: 0,
      emailNotVerified: 0,
      limitReached: 0,
      paused: 0,
      expired: 0,
      reset: 0,
    },
    days: [],
  };
}
