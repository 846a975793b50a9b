import type { AuditEventView, AuditLogQuery } from '../../contracts/audit.ts';
import type { Database } from '../../db/client.ts';
import { csvRow } from '../csv/csv-row.ts';
import { readAuditPage, requireAuditLogAccess } from './list-audit-log.ts';

// `at` is exact (ISO 8601, UTC, milliseconds); `description` is the sentence the page shows.
const header = [
  'id',
  'at',
  'description',
  'actor_id',
  'actor_name',
  'action',
  'target_id',
  'target_name',
  'data',
];

function eventRow(e: AuditEventView): string {
  return csvRow([
    e.id,
    e.at,
    e.sentence,
    e.actor?.id ?? null,
    e.actor?.name ?? null,
    e.action,
    e.target?.id ?? null,
    e.target?.name ?? null,
    JSON.stringify(e.data),
  ]);
}

/**
 * The audit log as CSV, page by page so a long history never sits in memory. Access is
 * checked and the first page read before the first byte, so a refusal or a filter the
 * database rejects is still a normal JSON error rather than a cut-off download.
 */
export async function auditLogCsv(
  db: Database,
  options: { organizationId: string; userId: string } & Omit<AuditLogQuery, 'limit' | 'cursor'>,
): Promise<AsyncGenerator<string>> {
  await requireAuditLogAccess(db, options.organizationId, options.userId);
  const first = await readAuditPage(db, { ...options, limit: 500 });
  return (async function* rowsOf() {
    yield csvRow(header);
    let page = first;
    for (;;) {
      for (const event of page.events) yield eventRow(event);
      if (!page.nextCursor) return;
      page = await readAuditPage(db, { ...options, limit: 500, cursor: page.nextCursor });
    }
  })();
}
