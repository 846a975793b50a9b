import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { recordEvents } from '../events/record-event.ts';

type Reason = 'link_reset' | 'link_paused' | 'email_domain_not_allowed' | 'email_not_verified';

/**
 * Called by every change to the invite link (reset, pause, allowed domains), in its
 * transaction, after the link row is written and so locked: ends the pending requests the
 * link no longer lets in, so a leaked link that was reset brings nobody in through a
 * request made before (decision 0015). One guarded UPDATE and one INSERT of their
 * `seat_request.ended` events; each requester is told why after commit (the registry).
 * Expiry ends nothing: an expired link's requests wait, unadmissible, until it is extended.
 */
export async function endRequestsForLink(
  tx: Database,
  options: { organizationId: string; actorId: string },
): Promise<number> {
  const ended = await rows<{ id: string; user_id: string; reason: Reason; domains: string[] }>(
    tx,
    sql`WITH judged AS (
          SELECT r.id, l.allowed_domains, CASE
              WHEN r.link_version <> l.version THEN 'link_reset'
              WHEN l.paused THEN 'link_paused'
              WHEN cardinality(l.allowed_domains) > 0
                   AND NOT lower(substring(u.email from '@([^@]*)$')) = ANY (l.allowed_domains)
                THEN 'email_domain_not_allowed'
              WHEN cardinality(l.allowed_domains) > 0 AND NOT u.email_verified THEN 'email_not_verified'
            END AS reason
          FROM seat_request r
          JOIN invite_link l ON l.organization_id = r.organization_id
          JOIN "user" u ON u.id = r.user_id
          WHERE r.organization_id = ${options.organizationId} AND r.status = 'pending')
        UPDATE seat_request s SET status = 'ended', decided_at = now(), decided_by = ${options.actorId}
        FROM judged j
        WHERE s.id = j.id AND j.reason IS NOT NULL AND s.status = 'pending'
        RETURNING s.id, s.user_id, j.reason, j.allowed_domains AS domains`,
  );
  await recordEvents(
    tx,
    ended.map((request) => ({
      type: 'seat_request.ended' as const,
      version: 1 as const,
      organizationId: options.organizationId,
      actorId: options.actorId,
      targetId: request.user_id,
      data: {
        requestId: request.id,
        reason: request.reason,
        allowedDomains: request.reason.startsWith('email_') ? request.domains : [],
      },
    })),
  );
  return ended.length;
}
