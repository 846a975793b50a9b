import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { seatRequest } from '../../db/schema/billing.ts';
import { recordEvent, transactionWithEvents } from '../events/record-event.ts';
import { findValidInvite } from '../invites/find-valid-invite.ts';

/**
 * The invite page's Withdraw: the requester takes back their own pending request, so added
 * seats no longer admit them. Through the link, like asking; a request already decided
 * (admitted, declined, ended) cannot be withdrawn. The row keeps the status `ended`, with the
 * requester as the one who decided (docs/decisions/0032-one-layout.md): no new status.
 */
export async function withdrawSeatRequest(
  db: Database,
  options: { key: Buffer; organizationId: string; token: string; userId: string },
): Promise<void> {
  const { link } = await findValidInvite(db, options);
  await transactionWithEvents(db, async (tx) => {
    const [withdrawn] = await tx
      .update(seatRequest)
      .set({ status: 'ended', decidedAt: new Date(), decidedBy: options.userId })
      .where(
        and(
          eq(seatRequest.organizationId, link.organizationId),
          eq(seatRequest.userId, options.userId),
          eq(seatRequest.status, 'pending'),
        ),
      )
      .returning({ id: seatRequest.id });
    if (!withdrawn) {
      throw new RosterError(
        'SEAT_REQUEST_NOT_FOUND',
        'You have no pending seat request in this organization.',
      );
    }
    await recordEvent(tx, {
      type: 'seat_request.withdrawn',
      version: 1,
      organizationId: link.organizationId,
      actorId: options.userId,
      targetId: options.userId,
      data: { requestId: withdrawn.id },
    });
  });
}
