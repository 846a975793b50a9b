import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { seatRequest } from '../../db/schema/billing.ts';
import { organization } from '../../db/schema/organizations.ts';
import { transactionWithEvents } from '../events/record-event.ts';
import { lockUsers } from '../members/member-rules.ts';
import { lockOrganization } from '../seats/lock-organization.ts';
import { admitRequest } from './admit-request.ts';
import { linkAdmitsRequest, lockInviteLink } from './link-admits.ts';
import { pendingQueue, type SeatRequestRow } from './seat-request-queue.ts';

/** At most this many requests are admitted by one transaction; the rest wait for the next pass. */
const BATCH = 500;

/**
 * Before the organization lock: the requests that free seats might admit, with their users
 * locked in id order and then the invite link, so the link cannot change before they are
 * admitted (lock order: users, invite link, organization; docs/decisions/0009). `first`:
 * requests an owner chose to let in with the seats being added (they go before the queue).
 */
export async function lockQueue(
  tx: Database,
  organizationId: string,
  seats: number,
  first: readonly string[] = [],
): Promise<SeatRequestRow[]> {
  const [org] = await tx
    .select({ seatsUsed: organization.seatsUsed })
    .from(organization)
    .where(eq(organization.id, organizationId));
  const room = Math.min(BATCH, seats - (org?.seatsUsed ?? seats));
  if (room <= 0) return [];
  const chosen = first.length > 0 ? await chosenRequests(tx, organizationId, first) : [];
  const chosenIds = new Set(chosen.map((r) => r.id));
  const queue = [
    ...chosen,
    ...(await pendingQueue(tx, organizationId, room)).filter((r) => !chosenIds.has(r.id)),
  ];
  if (queue.length === 0) return [];
  await lockUsers(
    tx,
    queue.map((r) => r.userId),
  );
  await lockInviteLink(tx, organizationId);
  return queue;
}

/** The chosen requests still pending whose link still lets them in, oldest first. */
function chosenRequests(tx: Database, organizationId: string, ids: readonly string[]) {
  return tx
    .select()
    .from(seatRequest)
    .where(
      and(
        eq(seatRequest.organizationId, organizationId),
        inArray(seatRequest.id, [...ids]),
        eq(seatRequest.status, 'pending'),
        linkAdmitsRequest,
      ),
    )
    .orderBy(seatRequest.createdAt, seatRequest.id);
}

/**
 * After the organization lock: admits pending requests the link still admits, the chosen
 * ones (`first`) before the others, then first come, first served, each a guarded claim,
 * stopping when seats run out. A request that arrived after `lockQueue` (its user not
 * locked, nor the link) stops the pass with `more: true`, so the caller runs another; one
 * decided meanwhile (declined) is passed over.
 */
export async function admitInOrder(
  tx: Database,
  options: {
    organizationId: string;
    actorId: string | null;
    locked: SeatRequestRow[];
    first?: readonly string[] | undefined;
  },
): Promise<{ admitted: number; more: boolean }> {
  const lockedIds = new Set(options.locked.map((r) => r.id));
  const firstIds = new Set(options.first ?? []);
  const hasFreeSeat = async () => {
    const [org] = await tx
      .select({ seats: organization.seats, seatsUsed: organization.seatsUsed })
      .from(organization)
      .where(eq(organization.id, options.organizationId));
    return Boolean(org && org.seatsUsed < org.seats);
  };
  let admitted = 0;
  for (const request of options.locked.filter((r) => firstIds.has(r.id))) {
    if (!(await hasFreeSeat())) return { admitted, more: false };
    if ((await admitRequest(tx, { request, actorId: options.actorId }))?.joined) admitted++;
  }
  for (const request of await pendingQueue(tx, options.organizationId, BATCH)) {
    if (!(await hasFreeSeat())) return { admitted, more: false };
    if (!lockedIds.has(request.id)) return { admitted, more: true };
    if ((await admitRequest(tx, { request, actorId: options.actorId }))?.joined) admitted++;
  }
  return { admitted, more: false };
}

/** A pass of its own, for requests that arrived while seats were being added. */
export async function admitWaitingRequests(
  db: Database,
  options: { organizationId: string; actorId: string | null },
): Promise<{ admitted: number; more: boolean }> {
  return transactionWithEvents(db, async (tx) => {
    const [org] = await tx
      .select({ seats: organization.seats })
      .from(organization)
      .where(eq(organization.id, options.organizationId));
    if (!org) return { admitted: 0, more: false };
    const locked = await lockQueue(tx, options.organizationId, org.seats);
    await lockOrganization(tx, options.organizationId);
    return admitInOrder(tx, { ...options, locked });
  });
}
