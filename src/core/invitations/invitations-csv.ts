import type { Database } from '../../db/client.ts';
import { csvRow } from '../csv/csv-row.ts';
import { listInvitations } from './list-invitations.ts';

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

/**
 * The invitation list as CSV. Every cell goes through the audit log's escaping, so an
 * address or name starting with = + - @ is never read by a spreadsheet as a formula.
 */
export async function invitationsCsv(db: Database, options: { organizationId: string; userId: string }) {
  const { invitations } = await listInvitations(db, options);
  return [
    csvRow(header),
    ...invitations.map((i) =>
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
    ),
  ].join('');
}
