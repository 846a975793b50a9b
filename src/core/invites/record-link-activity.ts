import { sql } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import type { LinkActivityKind } from '../../db/schema/link-insights.ts';
import type { InviteLoader } from './find-valid-invite.ts';
import { tokenMatches } from './invite-token.ts';

/** How long activity gathers before one INSERT writes it (as join refusals do, decision 0027). */
const GATHER_MS = 25;
/** Keys remembered per day per process; past this the day starts again (a few rows count twice). */
const REMEMBERED = 100_000;
/** Waiting to be written; past this, more is dropped until the next flush. */
const MAX_PENDING = 10_000;
/** How many versions back a closed link's token is looked for ("reset"): a bounded HMAC loop. */
const VERSIONS_BACK = 20;
/** A sign-up counts for a link only if the account is this new when the batch is written. */
const SIGN_UP_WINDOW = '1 day';

type Row = { organizationId: string; version: number; day: string; kind: LinkActivityKind; subject: string };
/** A refusal or closed-link open whose link version and reason are still to be found. */
type Unresolved = { organizationId: string; token: string; userId: string; code: string };

const KIND_OF_CODE: Partial<Record<string, LinkActivityKind>> = {
  NO_SEATS_AVAILABLE: 'no_seats',
  EMAIL_DOMAIN_NOT_ALLOWED: 'email_domain',
  EMAIL_NOT_VERIFIED: 'email_not_verified',
};

/**
 * Notes what happens around an invite link for its insights (docs/decisions/0031): each
 * call is a Set lookup and a push, made after the preview or join has its answer, and a
 * person is noted once per kind per link version per day per process. Every 25 ms what
 * gathered is written in one INSERT that adds to what other instances wrote; a crash loses
 * at most those milliseconds. Nothing here changes what an invitee is told.
 */
export function linkActivityRecorder(
  db: Database,
  options: {
    key: Buffer;
    /** The link as it is now (a closed link's reason). */
    load: InviteLoader;
    /** The link at any recent age: enough for which version a token is (invite-cache `loadLink`). */
    loadVersion?: InviteLoader;
    onError: (error: unknown) => void;
  },
) {
  let rowsPending: Row[] = [];
  let timer: NodeJS.Timeout | undefined;
  let day = '';
  let dayEnds = 0;
  const seen = new Set<string>();

  // True the first time `key` is seen today (UTC). The date is worked out once a day.
  function first(key: string): boolean {
    const now = Date.now();
    if (now >= dayEnds || seen.size >= REMEMBERED) {
      day = new Date(now).toISOString().slice(0, 10);
      dayEnds = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
      seen.clear();
    }
    if (seen.has(key) || rowsPending.length >= MAX_PENDING) return false;
    seen.add(key);
    timer ??= setTimeout(() => void flush(), GATHER_MS);
    return true;
  }

  function note(
    organizationId: string,
    version: number,
    kind: LinkActivityKind,
    subject: string,
    key = subject,
  ) {
    if (first(`${organizationId} ${version} ${kind} ${key}`)) {
      rowsPending.push({ organizationId, version, day, kind, subject });
    }
  }

  // Read at once (the request just read the link, so it is almost always cached) so the
  // reason is the link's state as the person met it, not as it is at the next flush.
  async function resolve(item: Unresolved): Promise<void> {
    // Only a closed link's reason needs its state now; the rest need only its version, which
    // the link cache seat changes do not drop (a full organization's burst of refusals).
    const load = item.code === 'INVITE_INVALID' ? options.load : (options.loadVersion ?? options.load);
    const found = await load(item.organizationId);
    if (!found) return;
    const { link } = found;
    const version = versionOfToken(options.key, item.organizationId, link.version, item.token);
    if (version === undefined) return; // a made-up token: anyone can send one, so it counts nothing
    let kind = KIND_OF_CODE[item.code];
    if (item.code === 'INVITE_INVALID') {
      if (version < link.version) kind = 'reset';
      else if (link.paused) kind = 'paused';
      else if (link.expiresAt !== null && link.expiresAt <= new Date()) kind = 'expired';
      else if (link.maxJoins !== null && link.joins >= link.maxJoins) kind = 'limit_reached';
      else kind = undefined; // open again already, or a stale copy: nothing to say
    }
    if (kind) note(item.organizationId, version, kind, item.userId);
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const batch = rowsPending;
    rowsPending = [];
    if (batch.length === 0) return;
    try {
      await write(db, batch);
    } catch (error) {
      options.onError(error);
    }
  }

  return {
    /** A signed-in person saw the preview of a working link (not one already a member). */
    opened: (organizationId: string, version: number, userId: string) =>
      note(organizationId, version, 'opened', userId),
    /** Someone signed out saw it: counted once a day per address, which is never stored. */
    openedSignedOut: (organizationId: string, version: number, address: string) =>
      note(organizationId, version, 'opened_signed_out', '', address),
    /** The web app came back to the invite right after creating this person's account. */
    signedUp: (organizationId: string, version: number, userId: string) =>
      note(organizationId, version, 'signed_up', userId),
    /** The preview told this person they cannot join (no seat, address not accepted). */
    turnedAway: (organizationId: string, version: number, userId: string, kind: LinkActivityKind) =>
      note(organizationId, version, kind, userId),
    /**
     * A preview or join of this signed-in person was refused: counted (after its answer) if
     * the token is one of the link's real versions and the reason is one the insights show.
     */
    refused(organizationId: string, token: string, userId: string, error: unknown): void {
      if (!(error instanceof RosterError)) return;
      const { code } = error;
      if (code !== 'INVITE_INVALID' && !KIND_OF_CODE[code]) return;
      if (first(`? ${organizationId} ${token} ${userId} ${code}`)) {
        resolve({ organizationId, token, userId, code }).catch(options.onError);
      }
    },
    flush,
  };
}

/** The version of the link `token` belongs to, looking back a bounded number of resets. */
function versionOfToken(key: Buffer, organizationId: string, current: number, token: string) {
  for (let version = current; version >= Math.max(1, current - VERSIONS_BACK); version--) {
    if (tokenMatches(key, organizationId, version, token)) return version;
  }
  return undefined;
}

/**
 * One statement for the batch: rows for the same key are added up first (an INSERT may not
 * touch a row twice), organizations deleted meanwhile are skipped, and a sign-up counts only
 * for an account made within the last day, so a flag from the web app cannot claim more.
 */
async function write(db: Database, batch: Row[]): Promise<void> {
  const summed = new Map<string, Row & { count: number }>();
  for (const row of batch) {
    const key = `${row.organizationId} ${row.version} ${row.kind} ${row.day} ${row.subject}`;
    const had = summed.get(key);
    if (had) had.count += 1;
    else summed.set(key, { ...row, count: 1 });
  }
  const values = JSON.stringify(
    [...summed.values()].map((r) => ({
      organization_id: r.organizationId,
      version: r.version,
      day: r.day,
      kind: r.kind,
      subject: r.subject,
      count: r.count,
    })),
  );
  await rows(
    db,
    sql`INSERT INTO invite_link_activity (organization_id, version, day, kind, subject, count)
        SELECT v.organization_id, v.version, v.day, v.kind, v.subject, v.count
        FROM jsonb_to_recordset(${values}::jsonb)
          AS v(organization_id uuid, version int, day date, kind text, subject text, count int)
        WHERE EXISTS (SELECT 1 FROM organization o WHERE o.id = v.organization_id)
          AND (v.kind <> 'signed_up' OR EXISTS (
                SELECT 1 FROM "user" u
                WHERE u.id = v.subject AND u.created_at > now() - ${SIGN_UP_WINDOW}::interval))
        ON CONFLICT ON CONSTRAINT invite_link_activity_pkey
        DO UPDATE SET count = invite_link_activity.count + excluded.count`,
  );
}
