import { and, desc, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AuditEventView, AuditLogQuery } from '../../contracts/audit.ts';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { auditEvent } from '../../db/schema/organizations.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { decodeCursor, encodeCursor } from '../pagination/keyset-cursor.ts';
import { auditSentence } from './audit-sentence.ts';

const actorUser = alias(user, 'actor_user');
const targetUser = alias(user, 'target_user');

export type AuditPage = { events: AuditEventView[]; nextCursor: string | null };

/** Owners and admins only; checked once, before any page (or any CSV byte) is produced. */
export async function requireAuditLogAccess(db: Database, organizationId: string, userId: string) {
  const member = await requireMembership(db, organizationId, userId);
  requirePermission(member, 'auditLog', 'read', 'see the audit log');
}

/**
 * A page of the audit log, newest first, by keyset on (at, id) so the thousandth page
 * costs what the first does; `at` has millisecond precision so cursors round-trip exactly.
 */
export async function listAuditLog(
  db: Database,
  options: { organizationId: string; userId: string } & AuditLogQuery,
): Promise<AuditPage> {
  await requireAuditLogAccess(db, options.organizationId, options.userId);
  return readAuditPage(db, options);
}

/** The page query alone, for callers that have checked access already (the CSV export). */
export async function readAuditPage(
  db: Database,
  options: { organizationId: string } & AuditLogQuery,
): Promise<AuditPage> {
  if (options.from && options.to && options.from >= options.to) {
    throw new RosterError('VALIDATION_FAILED', 'from must be before to: the range is empty.');
  }
  const found = await auditPageQuery(db, options);

  const page = found.slice(0, options.limit);
  const last = page.at(-1);
  return {
    events: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actorId ? { id: r.actorId, name: r.actorName } : null,
      action: r.action,
      sentence: auditSentence(r.action, r.version, r.data, r),
      target: r.targetId ? { id: r.targetId, name: r.targetName } : null,
      data: (r.data ?? {}) as Record<string, unknown>,
    })),
    nextCursor: found.length > options.limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}

/**
 * The page's one statement, apart so a test can EXPLAIN it: an organization's events by
 * audit_event_org_at_idx; with `person`, the two short ranges of audit_event_org_actor_idx
 * and audit_event_org_target_idx rather than every event of the organization.
 */
export function auditPageQuery(db: Database, options: { organizationId: string } & AuditLogQuery) {
  const conditions: SQL[] = [eq(auditEvent.organizationId, options.organizationId)];
  if (options.cursor) {
    const before = decodeCursor(options.cursor, { uuidIds: true });
    conditions.push(sql`(${auditEvent.at}, ${auditEvent.id}) < (${before.at}, ${before.id})`);
  }
  if (options.action) conditions.push(eq(auditEvent.action, options.action));
  if (options.actor) conditions.push(eq(auditEvent.actorId, options.actor));
  if (options.person) {
    conditions.push(
      or(eq(auditEvent.actorId, options.person), eq(auditEvent.targetId, options.person)) as SQL,
    );
  }
  // A range is a range of audit_event_org_at_idx: the walk starts and stops at its ends.
  if (options.from) conditions.push(gte(auditEvent.at, options.from));
  if (options.to) conditions.push(lt(auditEvent.at, options.to));
  return db
    .select({
      id: auditEvent.id,
      at: auditEvent.at,
      action: auditEvent.action,
      version: auditEvent.version,
      data: auditEvent.data,
      actorId: auditEvent.actorId,
      actorName: actorUser.name,
      targetId: auditEvent.targetId,
      targetName: targetUser.name,
    })
    .from(auditEvent)
    .leftJoin(actorUser, eq(actorUser.id, auditEvent.actorId))
    .leftJoin(targetUser, eq(targetUser.id, auditEvent.targetId))
    .where(and(...conditions))
    .orderBy(desc(auditEvent.at), desc(auditEvent.id))
    .limit(options.limit + 1);
}
