import type { BatchReport } from '../../contracts/invitations.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/**
 * What a checked batch will do: who gets a mail, which lines are left out and why, and
 * whether the seats suffice, with Add seats right there when they do not.
 */
export function BatchSummary({
  report,
  onAddSeats,
  confirming,
  sending,
  error,
  onSend,
  onConfirm,
  onCancel,
}: {
  report: BatchReport;
  onAddSeats: (() => void) | undefined;
  confirming: boolean;
  sending: boolean;
  error: string | null;
  onSend: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const count = report.addresses.length;
  return (
    <div className="batch-summary" data-testid="batch-summary">
      <p>
        <strong>{plural(count, 'address', 'addresses')} to invite</strong>
        {report.problems.length > 0 && <> · {plural(report.problems.length, 'line', 'lines')} left out</>}
      </p>
      <p data-testid="batch-seats">
        {report.seats.available} of {report.seats.total} seats free.{' '}
        {plural(report.alreadyPlus, 'address already has', 'addresses already have')} Plus and will take no
        seat; the batch needs {plural(report.seatsNeeded, 'seat', 'seats')}.
      </p>
      {report.seatsShort > 0 && (
        <div className="banner banner-warning banner-with-action" role="status" data-testid="seat-warning">
          <p>
            This batch needs {report.seatsNeeded} seats but only {report.seats.available} are free:{' '}
            {plural(report.seatsShort, 'person', 'people')} could not join until seats are added.
          </p>
          {onAddSeats ? (
            <button type="button" className="button" onClick={onAddSeats}>
              Add seats
            </button>
          ) : (
            <p className="muted">Ask the owner to add seats.</p>
          )}
        </div>
      )}
      {report.problems.length > 0 && (
        <details className="settings-details" open={report.problems.length <= 10}>
          <summary>Lines left out ({report.problems.length})</summary>
          <ul className="problem-list">
            {report.problems.map((p) => (
              <li key={p.line}>
                Line {p.line}: <code>{p.text}</code> — {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="confirm" role="alert">
          <p>
            {plural(report.sentRecently, 'address was', 'addresses were')} sent an invitation less than a day
            ago. Send to {report.sentRecently === 1 ? 'it' : 'them'} again?
          </p>
          <div className="actions">
            <button type="button" className="button button-primary" disabled={sending} onClick={onConfirm}>
              {sending ? 'Sending…' : 'Send again'}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        count > 0 && (
          <div className="actions">
            <button type="button" className="button button-primary" disabled={sending} onClick={onSend}>
              {sending ? 'Sending…' : `Send ${plural(count, 'invitation', 'invitations')}`}
            </button>
          </div>
        )
      )}
    </div>
  );
}
