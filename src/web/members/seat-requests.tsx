import { useId } from 'react';
import { useDecideSeatRequest, useSeatRequests } from '../billing/queries.ts';
import { Avatar } from '../layout/avatar.tsx';
import { errorMessage } from '../lib/api.ts';
import { timeAgo } from './format.ts';

/** People waiting for a seat, oldest first, for owners and admins to let in or turn away. */
export function SeatRequests({ orgId, embedded = false }: { orgId: string; embedded?: boolean }) {
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
      <p className="muted">Added seats let these people in, first come, first served.</p>
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
                disabled={decide.isPending}
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
