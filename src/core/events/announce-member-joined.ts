import type { Database } from '../../db/client.ts';
import { publishLive } from '../live/publish-live.ts';
import { notify } from '../notifications/notify.ts';
import { enqueueWebhooks } from '../webhooks/enqueue-webhooks.ts';
import { organizationAudience, userName } from './organization-audience.ts';

/**
 * Everything a join sets in motion, in the join's transaction: a welcome to the new
 * member (once per organization, ever), "X joined" to the owner and admins with the
 * seats left, an e-mail to the owner when the last seat goes, webhooks, live seat counts.
 */
export async function announceMemberJoined(
  tx: Database,
  joined: { organizationId: string; userId: string; seat: 'plus' | 'none' },
): Promise<void> {
  const { org, ownerId, managerIds } = await organizationAudience(tx, joined.organizationId);
  const name = await userName(tx, joined.userId);
  const seats = { seatsAvailable: org.seats - org.seatsUsed, seatsTotal: org.seats };
  const path = `/organizations/${org.id}/members`;

  await notify(tx, {
    type: 'welcome',
    organizationId: org.id,
    userIds: [joined.userId],
    data: { organizationName: org.name, seat: joined.seat },
    path,
    onceKey: `welcome:${org.id}`,
  });
  await notify(tx, {
    type: 'member_joined',
    organizationId: org.id,
    userIds: managerIds.filter((id) => id !== joined.userId),
    data: { organizationName: org.name, subjectName: name, seat: joined.seat, ...seats },
    path,
  });
  if (joined.seat === 'plus' && org.seatsUsed === org.seats && ownerId) {
    await notify(tx, {
      type: 'last_seat_taken',
      organizationId: org.id,
      userIds: [ownerId],
      data: { organizationName: org.name, ...seats },
      path,
    });
  }

  const member = { organizationId: org.id, userId: joined.userId, role: 'member', seat: joined.seat };
  await enqueueWebhooks(tx, 'member.joined', member);
  if (joined.seat === 'plus') await enqueueWebhooks(tx, 'seat.assigned', member);
  await publishLive(tx, { kind: 'seats', organizationId: org.id, total: org.seats, used: org.seatsUsed });
}
