import type { Database } from '../../db/client.ts';
import { publishLive } from '../live/publish-live.ts';
import { notify } from '../notifications/notify.ts';
import { enqueueWebhooks } from '../webhooks/enqueue-webhooks.ts';
import { organizationAudience, userName } from './organization-audience.ts';

type Joined = { organizationId: string; userId: string; seat: 'plus' | 'none' };

/**
 * What a join sets in motion, in the join's transaction, in two halves so the join can
 * write the first before it takes the organization's locks (every joiner of the
 * organization queues for those, so they are held for as little work as possible).
 *
 * This half concerns the joiner alone: a welcome (once per organization, ever) and the
 * webhooks. A refused join rolls it back like everything else.
 */
export async function announceJoinerSide(
  tx: Database,
  joined: Joined & { organizationName: string },
): Promise<void> {
  await notify(tx, {
    type: 'welcome',
    organizationId: joined.organizationId,
    userIds: [joined.userId],
    data: { organizationName: joined.organizationName, seat: joined.seat },
    path: `/organizations/${joined.organizationId}/members`,
    onceKey: `welcome:${joined.organizationId}`,
  });
  const member = {
    organizationId: joined.organizationId,
    userId: joined.userId,
    role: 'member',
    seat: joined.seat,
  };
  await enqueueWebhooks(tx, 'member.joined', member);
  if (joined.seat === 'plus') await enqueueWebhooks(tx, 'seat.assigned', member);
}

/**
 * The organization's half, once the seat is claimed: "X joined" to the owner and admins
 * with the seats left, an e-mail to the owner when the last seat goes, live seat counts.
 * `org` is the organization as the claim (or a read after the link lock) left it.
 */
export async function announceOrganizationSide(
  tx: Database,
  joined: Joined & {
    userName: string;
    org: { id: string; name: string; seats: number; seatsUsed: number };
    managers: { ownerId: string | null; managerIds: string[] };
  },
): Promise<void> {
  const { org, managers } = joined;
  const seats = { seatsAvailable: org.seats - org.seatsUsed, seatsTotal: org.seats };
  const path = `/organizations/${org.id}/members`;
  await notify(tx, {
    type: 'member_joined',
    organizationId: org.id,
    userIds: managers.managerIds.filter((id) => id !== joined.userId),
    data: { organizationName: org.name, subjectName: joined.userName, seat: joined.seat, ...seats },
    path,
  });
  if (joined.seat === 'plus' && org.seatsUsed === org.seats && managers.ownerId) {
    await notify(tx, {
      type: 'last_seat_taken',
      organizationId: org.id,
      userIds: [managers.ownerId],
      data: { organizationName: org.name, ...seats },
      path,
    });
  }
  await publishLive(tx, { kind: 'seats', organizationId: org.id, total: org.seats, used: org.seatsUsed });
}

/** Both halves at once, for a caller that already holds the organization's locks. */
export async function announceMemberJoined(tx: Database, joined: Joined): Promise<void> {
  const { org, ownerId, managerIds } = await organizationAudience(tx, joined.organizationId);
  await announceJoinerSide(tx, { ...joined, organizationName: org.name });
  await announceOrganizationSide(tx, {
    ...joined,
    userName: await userName(tx, joined.userId),
    org,
    managers: { ownerId, managerIds },
  });
}
