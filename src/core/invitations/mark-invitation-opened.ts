import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Someone opened the invite page from an invitation's mail (its link carries `?i=<id>`):
 * the invitation moves from invited to opened, once. Called after the preview has been
 * answered, so it never slows it and its outcome is never shown to whoever opened it; an
 * id that is not a pending invitation of this organization changes nothing.
 */
export async function markInvitationOpened(
  db: Database,
  options: { organizationId: string; invitationId: string },
): Promise<void> {
  if (!UUID.test(options.invitationId) || !UUID.test(options.organizationId)) return;
  await transactionWithEvents(db, async (tx) => {
    const [opened] = await rows<{ id: string }>(
      tx,
      sql`UPDATE invitation SET status = 'opened', opened_at = now()
          WHERE id = ${options.invitationId} AND organization_id = ${options.organizationId} AND status = 'invited'
          RETURNING id`,
    );
    if (!opened) return;
    await recordEvent(tx, {
      type: 'invitation.opened',
      version: 1,
      organizationId: options.organizationId,
      actorId: null,
      targetId: null,
      data: { invitationId: opened.id },
    });
  });
}
