import type { AuditAction } from '../../contracts/audit.ts';

export type { AuditAction };

import type { Database } from '../../db/client.ts';
import { auditEvent } from '../../db/schema/organizations.ts';

/** Written with the change it describes, inside the same transaction. */
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
  });
}
