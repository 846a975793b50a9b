import { useId, useState } from 'react';
import type { SeatSummary } from '../../contracts/organizations.ts';
import type { SeatRequest } from '../../contracts/seat-requests.ts';
import { formatMoney, perInterval } from '../billing/format.ts';
import { useBilling, useDecideSeatRequest, useSeatRequests } from '../billing/queries.ts';
import { useInviteLink } from '../invites/queries.ts';
import { Avatar } from '../layout/avatar.tsx';
import { errorMessage } from '../lib/api.ts';
import { AdmitWithSeatsDialog } from './admit-with-seats-dialog.tsx';
import { timeAgo } from './format.ts';

const peopleWord = (n: number) => (n === 1 ? '1 person' : `${n} people`);

/**
 * People waiting for a seat, oldest first, for owners and admins to let in or turn away.
 * Where no seat is free for them, Admit says what it does: for the owner it adds the seats
 * (naming the price where billing is paid) and lets exactly the chosen people in, in one
 * step; for an admin it cannot, and says who can. While the link asks for approval, the
 * same queue is people asking to join (decision 0028): it says so, and Admit reads Approve;
 * the admission is the same guarded one (decision 0035).
 */
export function SeatRequests({
  orgId,
  embedded = false,
  seats,
  canAddSeats = false,
}: {
  orgId: string;
  embedded?: boolean;
  /** Unknown (undefined): the free-seat sentences and the one-step admit are left out. */
  seats?: SeatSummary;
  canAddSeats?: boolean;
}) {
  const id = useId();
  const requests = useSeatRequests(orgId, true);
  const decide = useDecideSeatRequest(orgId);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // The people to admit with added seats, and the seats as they were when the owner chose.
  const [adding, setAdding] = useState<{ chosen: SeatRequest[]; seats: SeatSummary } | null>(null);
  const free = seats?.available;
  const plan = useBilling(orgId, canAddSeats && free === 0).data?.plan ?? null;
  const waiting = requests.data?.requests ?? [];
  const approval = useInviteLink(orgId).data?.requiresApproval === true;
  const admit = approval ? 'Approve' : 'Admit';
  const dialog = adding && (
    <AdmitWithSeatsDialog
      orgId={orgId}
      seats={adding.seats}
      chosen={adding.chosen}
      onClose={() => {
        setAdding(null);
        setSelected(new Set());
      }}
    />
  );
  // In the member list's "Waiting for a seat" filter, an empty queue is said, not hidden.
  // The one-step dialog keeps its place, so it stays open to say who was let in once the queue is empty.
  if (waiting.length === 0) {
    return (
      <>
        {embedded && (
          <p className="empty">{requests.isPending ? 'Loading…' : 'Nobody is waiting for a seat.'}</p>
        )}
        {dialog}
      </>
    );
  }
  const chosen = waiting.filter((r) => selected.has(r.id));
  // One person waiting: their own Admit is already the one step.
  const several = waiting.length > 1;
  const price = plan
    ? ` (${formatMoney(plan.amount, plan.currency)} per seat ${perInterval(plan.interval)})`
    : '';
  const Heading = embedded ? 'h3' : 'h2';
  const toggle = (ids: string[], on: boolean) =>
    setSelected((now) => {
      const next = new Set(now);
      for (const x of ids) on ? next.add(x) : next.delete(x);
      return next;
    });

  // Enough free seats: each chosen person is admitted as one at a time would be.
  const admitChosen = async () => {
    try {
      for (const request of chosen) await decide.mutateAsync({ requestId: request.id, decision: 'admit' });
      setSelected(new Set());
    } catch {
      // The refusal is shown above (decide.isError); those admitted before it stay admitted.
    }
  };
  const admitOrAdd = (list: SeatRequest[]) =>
    seats && list.length > seats.available ? setAdding({ chosen: list, seats }) : void admitChosen();

  return (
    <>
      <section className={embedded ? 'seat-requests' : 'card seat-requests'} aria-labelledby={`${id}-title`}>
        <Heading id={`${id}-title`} className="section-title">
          {approval ? 'Asking to join' : 'Waiting for a seat'} ({waiting.length})
        </Heading>
        {approval && (free === undefined || free > 0) ? (
          <p className="muted">
            The invite link asks you to approve each person: Approve lets them in with a free seat (or without
            one, if they have Plus already).
          </p>
        ) : free === undefined || free > 0 ? (
          <p className="muted">Added seats let these people in, first come, first served.</p>
        ) : canAddSeats ? (
          <p className="muted" id={`${id}-no-seat`}>
            No seat is free: Admit adds a seat{price} and lets the person in at once. Select several to add
            their seats and admit them in one step.
          </p>
        ) : (
          <p className="muted" id={`${id}-no-seat`}>
            No seat is free, so Admit cannot let anyone in yet. Ask the owner to add seats: each added seat
            lets the next person in line in at once.
          </p>
        )}
        {decide.isError && (
          <p className="form-error" role="alert">
            {errorMessage(decide.error)}
          </p>
        )}
        {several && (
          <section className="bulk-bar" aria-label="Selected requests">
            <label className="select-all">
              <input
                type="checkbox"
                checked={chosen.length === waiting.length}
                onChange={(e) =>
                  toggle(
                    waiting.map((r) => r.id),
                    e.target.checked,
                  )
                }
              />{' '}
              Select everyone waiting
            </label>
            {chosen.length > 0 && (
              <>
                <span className="bulk-count">{peopleWord(chosen.length)} selected</span>
                {free !== undefined && chosen.length > free && !canAddSeats ? (
                  <span className="muted">
                    {free === 0
                      ? 'No seat is free'
                      : `Only ${free} ${free === 1 ? 'seat is' : 'seats are'} free`}
                    : ask the owner to add seats.
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button-small button-primary"
                    disabled={decide.isPending}
                    onClick={() => admitOrAdd(chosen)}
                  >
                    {free !== undefined && chosen.length > free
                      ? `Add ${chosen.length - free} ${chosen.length - free === 1 ? 'seat' : 'seats'} and admit ${chosen.length}`
                      : `Admit ${chosen.length}`}
                  </button>
                )}
              </>
            )}
          </section>
        )}
        <ul className="request-list">
          {waiting.map((request) => (
            <li key={request.id} className="request-row">
              {several && (
                <input
                  type="checkbox"
                  aria-label={`Select ${request.user.name}`}
                  checked={selected.has(request.id)}
                  onChange={(e) => toggle([request.id], e.target.checked)}
                />
              )}
              <Avatar name={request.user.name} image={request.user.image} />
              <span className="request-who">
                <strong>{request.user.name}</strong> <span className="muted">{request.user.email}</span>
                <span className="muted"> · asked {timeAgo(request.createdAt)}</span>
              </span>
              <span className="request-actions">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={decide.isPending || (free === 0 && !canAddSeats)}
                  aria-describedby={free === 0 ? `${id}-no-seat` : undefined}
                  aria-label={
                    free === 0 && canAddSeats
                      ? `Add a seat and admit ${request.user.name}`
                      : `${admit} ${request.user.name}`
                  }
                  onClick={() =>
                    seats && free === 0
                      ? setAdding({ chosen: [request], seats })
                      : decide.mutate({ requestId: request.id, decision: 'admit' })
                  }
                >
                  {free === 0 && canAddSeats ? 'Add a seat and admit' : admit}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={decide.isPending}
                  aria-label={`Decline ${request.user.name}`}
                  onClick={() => decide.mutate({ requestId: request.id, decision: 'decline' })}
                >
                  Decline
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>
      {dialog}
    </>
  );
}
