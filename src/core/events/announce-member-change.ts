import type { Database } from '../../db/client.ts';
import { publishLive } from '../live/publish-live.ts';
import { notify } from '../notifications/notify.ts';
import { enqueueWebhooks } from '../webhooks/enqueue-webhooks.ts';
import { organizationAudience, userName } from './organization-audience.ts';

export type MemberChange =
  | { kind: 'removed'; organizationId: string; actorId: string; userId: string; seat: 'plus' | 'none' }
  | { kind: 'left'; organizationId: string; userId: string; seat: 'plus' | 'none' }
  | { kind: 'role_changed'; organizationId: string; actorId: string; userId: string; role: string }
  | {
      kind: 'seat_changed';
      organizationId: string;
      actorId: string | null;
      userId: string;
      seat: 'plus' | 'none';
      /** No notice to the member (their seat went because they bought Plus themselves). */
      quiet?: boolean;
    }
  | { kind: 'link_regenerated'; organizationId: string; actorId: string };

/**
 * Who is told what when membership changes (PRODUCT.md, Notifications), written in the
 * transaction of the change: in-app and e-mail notices, webhooks, live seat counts.
 */
export async function announceMemberChange(tx: Database, change: MemberChange): Promise<void> {
  const { org, ownerId, managerIds } = await organizationAudience(tx, change.organizationId);
  const organizationName = org.name;
  const path = `/organizations/${org.id}/members`;
  const seats = { seatsAvailable: org.seats - org.seatsUsed, seatsTotal: org.seats };
  const subject =
    'userId' in change ? { organizationId: org.id, userId: change.userId } : { organizationId: org.id };
  const liveSeats = () =>
    publishLive(tx, { kind: 'seats', organizationId: org.id, total: org.seats, used: org.seatsUsed });

  switch (change.kind) {
    case 'removed':
      await notify(tx, {
        type: 'member_removed',
        organizationId: org.id,
        userIds: [change.userId],
        data: { organizationName },
        path: '/',
      });
      await enqueueWebhooks(tx, 'member.removed', { ...subject, removedBy: change.actorId });
      if (change.seat === 'plus') await enqueueWebhooks(tx, 'seat.released', subject);
      return liveSeats();
    case 'left':
      await notify(tx, {
        type: 'member_left',
        organizationId: org.id,
        userIds: managerIds,
        data: { organizationName, subjectName: await userName(tx, change.userId), ...seats },
        path,
      });
      await enqueueWebhooks(tx, 'member.left', subject);
      if (change.seat === 'plus') await enqueueWebhooks(tx, 'seat.released', subject);
      return liveSeats();
    case 'role_changed':
      await notify(tx, {
        type: 'role_changed',
        organizationId: org.id,
        userIds: [change.userId].filter((id) => id !== change.actorId),
        data: { organizationName, role: change.role, actorName: await userName(tx, change.actorId) },
        path,
      });
      return enqueueWebhooks(tx, 'member.role_changed', { ...subject, role: change.role });
    case 'seat_changed':
      if (!change.quiet) {
        await notify(tx, {
          type: change.seat === 'plus' ? 'seat_assigned' : 'seat_removed',
          organizationId: org.id,
          userIds: [change.userId].filter((id) => id !== change.actorId),
          data: { organizationName },
          path,
        });
      }
      if (change.seat === 'plus' && org.seatsUsed === org.seats && ownerId) {
        await notify(tx, {
          type: 'last_seat_taken',
          organizationId: org.id,
          userIds: [ownerId],
          data: { organizationName, ...seats },
          path,
        });
      }
      await enqueueWebhooks(tx, change.seat === 'plus' ? 'seat.assigned' : 'seat.released', subject);
      return liveSeats();
    case 'link_regenerated':
      await notify(tx, {
        type: 'invite_link_regenerated',
        organizationId: org.id,
        userIds: managerIds.filter((id) => id !== change.actorId),
        data: { organizationName, actorName: await userName(tx, change.actorId) },
        path,
      });
      return enqueueWebhooks(tx, 'invite_link.regenerated', {
        organizationId: org.id,
        regeneratedBy: change.actorId,
      });
  }
}
