import { useId } from 'react';
import { useDecideSeatRequest, useSeatRequests } from '../billing/queries.ts';
import { Avatar } from '../layout/avatar.tsx';
import { errorMessage } from '../lib/api.ts';
import { timeAgo } from './format.ts';

/** People waiting for a seat, oldest first, for owners and admins to let in or turn away. */
export function SeatRequests({
  orgId,
  embedded = false,
  seatsAvailable,
  canAddSeats = false,
}: {
  orgId: string;
  embedded?: boolean;
  /** Unknown (undefined): the free-seat sentence is left out. */
  seatsAvailable?: number;
  canAddSeats?: boolean;
}) {
  const id = useId();
  const requests = useSeatRequests(orgId, true);
  const decide = useDecideSeatRequest(orgId);
  const waiting = requests.data?.requests ?? [];
  // In the member list's "Waiting for a seat" filter, an empty queue is said, not hidden.
  if (waiting.length === 0) {
    if (!embedded) return null;
    return <p className="empty">{requests.isPending ? 'Loading…' : 'Nobody is waiting for a seat.'}</p>;
  }
  return (
    <section className={embedded ? 'seat-requests' : 'card seat-requests'} aria-labelledby={`${id}-title`}>
      {embedded ? (
        <h3 id={`${id}-title`} className="section-title">
          Waiting for a seat ({waiting.length})
        </h3>
      ) : (
        <h2 id={`${id}-title`} className="section-title">
          Waiting for a seat ({waiting.length})
        </h2>
      )}
      {seatsAvailable === undefined || seatsAvailable > 0 ? (
        <p className="muted">Added seats let these people in, first come, first served.</p>
      ) : (
        // Admit cannot work without a free seat: say so before anyone clicks, and say what does.
        <p className="muted" id={`${id}-no-seat`}>
          No seat is free, so Admit cannot let anyone in yet.{' '}
          {canAddSeats
            ? 'Add seats (above): each added seat lets the next person in line in at once.'
            : 'Ask the owner to add seats: each added seat lets the next person in line in at once.'}
        </p>
      )}
      {decide.isError && (
        <p className="form-error" role="alert">
          {errorMessage(decide.error)}
        </p>
      )}
      <ul className="request-list">
        {waiting.map((request) => (
          <li key={request.id} className="request-row">
            <Avatar name={request.user.name} image={request.user.image} />
            <span className="request-who">
              <strong>{request.user.name}</strong> <span className="muted">{request.user.email}</span>
              <span className="muted"> · asked {timeAgo(request.createdAt)}</span>
            </span>
            <span className="request-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={decide.isPending || seatsAvailable === 0}
                aria-describedby={seatsAvailable === 0 ? `${id}-no-seat` : undefined}
                aria-label={`Admit ${request.user.name}`}
                onClick={() => decide.mutate({ requestId: request.id, decision: 'admit' })}
              >
                Admit
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
  );
}
