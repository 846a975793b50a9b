import type { Database } from '../../db/client.ts';
import { publishLive } from '../live/publish-live.ts';
import { notify } from '../notifications/notify.ts';
import { enqueueWebhooks } from '../webhooks/enqueue-webhooks.ts';
import { organizationAudience, userName } from './organization-audience.ts';

/** A person asked for a seat in a full organization: the owner and admins are told. */
export async function announceSeatRequested(
  tx: Database,
  request: { organizationId: string; userId: string },
): Promise<void> {
  const { org, managerIds } = await organizationAudience(tx, request.organizationId);
  await notify(tx, {
    type: 'seat_requested',
    organizationId: org.id,
    userIds: managerIds,
    data: {
      organizationName: org.name,
      subjectName: await userName(tx, request.userId),
      seatsAvailable: org.seats - org.seatsUsed,
      seatsTotal: org.seats,
    },
    path: `/organizations/${org.id}/members`,
  });
}

/**
 * A request admitted (by hand, or by added seats): the requester is told the outcome instead
 * of the link's welcome; the owner and admins hear "X joined" as for any join; webhooks and
 * the live seat count follow, all in the admission's transaction.
 */
export async function announceSeatRequestAdmitted(
  tx: Database,
  admitted: { organizationId: string; userId: string; actorId: string | null; seat: 'plus' | 'none' },
): Promise<void> {
  const { org, ownerId, managerIds } = await organizationAudience(tx, admitted.organizationId);
  const seats = { seatsAvailable: org.seats - org.seatsUsed, seatsTotal: org.seats };
  const path = `/organizations/${org.id}/members`;
  await notify(tx, {
    type: 'seat_request_admitted',
    organizationId: org.id,
    userIds: [admitted.userId],
    data: { organizationName: org.name, seat: admitted.seat },
    path,
  });
  await notify(tx, {
    type: 'member_joined',
    organizationId: org.id,
    userIds: managerIds.filter((id) => id !== admitted.actorId && id !== admitted.userId),
    data: {
      organizationName: org.name,
      subjectName: await userName(tx, admitted.userId),
      seat: admitted.seat,
      ...seats,
    },
    path,
  });
  if (admitted.seat === 'plus' && org.seatsUsed === org.seats && ownerId && ownerId !== admitted.actorId) {
    await notify(tx, {
      type: 'last_seat_taken',
      organizationId: org.id,
      userIds: [ownerId],
      data: { organizationName: org.name, ...seats },
      path,
    });
  }
  const member = { organizationId: org.id, userId: admitted.userId, role: 'member', seat: admitted.seat };
  await enqueueWebhooks(tx, 'member.joined', { ...member, via: 'seat_request' });
  if (admitted.seat === 'plus') await enqueueWebhooks(tx, 'seat.assigned', member);
  await publishLive(tx, { kind: 'seats', organizationId: org.id, total: org.seats, used: org.seatsUsed });
}

export async function announceSeatRequestDeclined(
  tx: Database,
  declined: { organizationId: string; userId: string },
): Promise<void> {
  const { org } = await organizationAudience(tx, declined.organizationId);
  await notify(tx, {
    type: 'seat_request_declined',
    organizationId: org.id,
    userIds: [declined.userId],
    data: { organizationName: org.name },
    path: '/',
  });
}
