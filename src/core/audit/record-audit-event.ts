import type { AuditAction } from '../../contracts/audit.ts';

export type { AuditAction };

import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { auditEvent } from '../../db/schema/organizations.ts';

/**
 * Written with the change it describes, inside the same transaction, by a use case that
 * still announces the change itself: the row is born expanded, so the expander
 * (core/events/expand-events.ts) leaves it alone. Use cases on the domain-event shape
 * write their event with `recordEvent` instead (docs/decisions/0009-domain-events.md).
 */
export async function recordAuditEvent(
  tx: Database,
  event: {
    organizationId: string;
    actorId: string | null;
    action: AuditAction;
    targetId?: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(auditEvent).values({
    organizationId: event.organizationId,
    actorId: event.actorId,
    action: event.action,
    targetId: event.targetId ?? null,
    data: event.data ?? {},
    expandedAt: sql`now()`,
  });
}
