import type { BatchReport } from '../../contracts/invitations.ts';
import type { Database } from '../../db/client.ts';
import { requireMembership, requirePermission } from '../access/require-membership.ts';
import { parseBatch } from './parse-batch.ts';
import { reviewBatch } from './review-batch.ts';

/**
 * The form's step before sending: the batch's per-line report and its seat numbers (free,
 * already with Plus, short), so an owner or admin can add seats first. Writes nothing.
 */
export async function previewInvitations(
  db: Database,
  options: { organizationId: string; userId: string; addresses: string },
): Promise<BatchReport> {
  const member = await requireMembership(db, options.organizationId, options.userId);
  requirePermission(member, 'invitations', 'send', 'invite people by e-mail');
  return reviewBatch(db, options.organizationId, parseBatch(options.addresses));
}
