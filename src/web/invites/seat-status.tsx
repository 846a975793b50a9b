import type { SeatSummary } from '../../contracts/organizations.ts';

/** "3 of 10 seats available", or "No seats left" with the way out for the owner. */
export function SeatStatus({
  seats,
  onManageSeats,
}: {
  seats: SeatSummary;
  onManageSeats?: (() => void) | undefined;
}) {
  if (seats.available > 0) {
    return (
      <p className="seat-status" data-testid="seat-status">
        <strong>
          {seats.available} of {seats.total} seats available
        </strong>{' '}
        <span className="muted">— each person who joins takes one, unless they already have Plus.</span>
      </p>
    );
  }
  return (
    <div className="seat-status seat-status-full" data-testid="seat-status">
      <p>
        <strong>No seats left</strong>{' '}
        <span>— people can still open the link, but cannot join until seats are added.</span>
      </p>
      {onManageSeats && (
        <button type="button" className="button" onClick={onManageSeats}>
          Manage seats
        </button>
      )}
    </div>
  );
}
