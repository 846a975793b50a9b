import type { SeatSummary } from '../../contracts/organizations.ts';

/** Total, assigned and available Plus seats, with a bar for the share in use. */
export function SeatOverview({ seats }: { seats: SeatSummary }) {
  return (
    <section className="card seat-overview" aria-labelledby="seat-overview-title">
      <h2 id="seat-overview-title" className="section-title">
        Plus seats
      </h2>
      <dl className="stats">
        <div>
          <dt>Total</dt>
          <dd data-testid="seats-total">{seats.total}</dd>
        </div>
        <div>
          <dt>Assigned</dt>
          <dd data-testid="seats-used">{seats.used}</dd>
        </div>
        <div>
          <dt>Available</dt>
          <dd data-testid="seats-available">{seats.available}</dd>
        </div>
      </dl>
      <meter
        className="seat-meter"
        min={0}
        max={seats.total}
        value={seats.used}
        // Turns amber when the last seat or two are taken, so a full organization stands out.
        high={Math.max(seats.total - 1, 0.5)}
        optimum={0}
        aria-label={`${seats.used} of ${seats.total} seats assigned`}
      />
    </section>
  );
}
