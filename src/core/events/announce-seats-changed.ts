import type { Database } from '../../db/client.ts';
import { publishLive } from '../live/publish-live.ts';
import { notify } from '../notifications/notify.ts';
import { enqueueWebhooks } from '../webhooks/enqueue-webhooks.ts';
import { organizationAudience, userName } from './organization-audience.ts';

/**
 * A new seat count, in the transaction that set it: the other admins hear of it in the app,
 * the operator's product through `seats.changed`, open pages through the live seat count.
 */
export async function announceSeatsChanged(
  tx: Database,
  change: {
    org: { id: string; name: string; seats: number; seatsUsed: number };
    previousSeats: number;
    actorId: string | null;
    provider: string;
  },
): Promise<void> {
  const { org, previousSeats, actorId } = change;
  const { managerIds } = await organizationAudience(tx, org.id);
  await notify(tx, {
    type: 'seats_changed',
    organizationId: org.id,
    userIds: managerIds.filter((id) => id !== actorId),
    data: {
      organizationName: org.name,
      actorName: actorId ? await userName(tx, actorId) : null,
      previousSeats,
      seatsTotal: org.seats,
      seatsAvailable: org.seats - org.seatsUsed,
    },
    path: `/organizations/${org.id}/members`,
  });
  await enqueueWebhooks(tx, 'seats.changed', {
    organizationId: org.id,
    seats: org.seats,
    seatsUsed: org.seatsUsed,
    previousSeats,
    provider: change.provider,
    changedBy: actorId,
  });
  await publishLive(tx, { kind: 'seats', organizationId: org.id, total: org.seats, used: org.seatsUsed });
}
