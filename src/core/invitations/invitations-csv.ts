import type { Database } from '../../db/client.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { csvRow } from '../csv/csv-row.ts';
import { invitationView } from './invitation-view.ts';
import { readInvitationPage } from './list-invitations.ts';

const header = [
  'email',
  'status',
  'needs_new_link',
  'invited_by',
  'sent_at',
  'opened_at',
  'joined_at',
  'send_count',
];
/** Rows read per statement: the export holds every invitation, a page at a time. */
const CHUNK = 1000;

/**
 * Every invitation of the organization as CSV, newest first. Every cell goes through the
 * audit log's escaping, so an address or name starting with = + - @ is never read by a
 * spreadsheet as a formula.
 */
export async function invitationsCsv(db: Database, options: { organizationId: string; userId: string }) {
  const member = await requireMembership(db, options.organizationId, options.userId);
  requirePermission(member, 'invitations', 'read', 'see the e-mail invitations');
  const lines = [csvRow(header)];
  let before: { at: Date; id: string } | undefined;
  for (;;) {
    const page = (await readInvitationPage(db, options.organizationId, CHUNK, before)).map(invitationView);
    for (const i of page) {
      lines.push(
        csvRow([
          i.email,
          i.status,
          String(i.needsNewLink),
          i.invitedBy?.name ?? null,
          i.sentAt,
          i.openedAt,
          i.joinedAt,
          String(i.sendCount),
        ]),
      );
    }
    const last = page.at(-1);
    if (page.length < CHUNK || !last) break;
    before = { at: new Date(last.sentAt), id: last.id };
  }
  return lines.join('');
}
