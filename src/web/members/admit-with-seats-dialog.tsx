import { useEffect } from 'react';
import type { SeatSummary } from '../../contracts/organizations.ts';
import type { SeatRequest } from '../../contracts/seat-requests.ts';
import { formatMoney } from '../billing/format.ts';
import { useAddSeatsAndAdmit, usePreviewSeats } from '../billing/queries.ts';
import { SeatChangeCost } from '../billing/seat-change-cost.tsx';
import { Dialog } from '../layout/dialog.tsx';
import { Loading } from '../layout/status.tsx';
import { errorMessage } from '../lib/api.ts';
import { WaitingForPayment } from '../organizations/manage-seats-dialog.tsx';

const seatWord = (n: number) => `${n} ${n === 1 ? 'seat' : 'seats'}`;
const peopleWord = (n: number) => (n === 1 ? '1 person' : `${n} people`);

/** "Ann Lee", "Ann Lee and Ben Ode", "Ann Lee, Ben Ode and 3 others" */
function names(chosen: SeatRequest[]): string {
  const shown = chosen.slice(0, 2).map((r) => r.user.name);
  if (chosen.length <= 2) return shown.join(' and ');
  const others = chosen.length - 2;
  return `${shown.join(', ')} and ${others} ${others === 1 ? 'other' : 'others'}`;
}

/**
 * The owner's one step for people waiting while no seat is free for them: add the seats
 * they need and let exactly them in (PUT billing/seats with admitFirst), with what it costs
 * named on the button, as every paid confirmation does.
 */
export function AdmitWithSeatsDialog({
  orgId,
  seats,
  chosen,
  onClose,
}: {
  orgId: string;
  seats: SeatSummary;
  chosen: SeatRequest[];
  onClose: () => void;
}) {
  const adding = Math.max(1, chosen.length - seats.available);
  const target = seats.total + adding;
  const preview = usePreviewSeats(orgId);
  const change = useAddSeatsAndAdmit(orgId);
  const title = chosen.length === 1 ? `Admit ${chosen[0]?.user.name}` : `Admit ${chosen.length} people`;
  const { mutate } = preview;
  useEffect(() => mutate(target), [mutate, target]);

  if (change.isSuccess && change.data.outcome === 'pending-confirmation') {
    return <WaitingForPayment orgId={orgId} seats={target} onClose={onClose} />;
  }
  if (change.isSuccess) {
    const { admitted, billing } = change.data;
    return (
      <Dialog title={title} onClose={onClose}>
        <p className="banner banner-success" role="status">
          {admitted >= chosen.length
            ? `${names(chosen)} ${chosen.length === 1 ? 'was' : 'were'} let in.`
            : `${peopleWord(admitted)} of the ${chosen.length} you chose ${admitted === 1 ? 'was' : 'were'} let in; the others were decided meanwhile or their invite link changed.`}{' '}
          Seats: {billing.seats.total} in total, {billing.seats.available} available.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  const review = preview.data;
  const due = review?.amountDue && review.amountDue.amount > 0 ? review.amountDue : null;
  const action = `add ${seatWord(adding)} and admit ${chosen.length === 1 ? (chosen[0]?.user.name ?? '') : chosen.length}`;
  const label = due
    ? `Pay ${formatMoney(due.amount, due.currency)}, ${action}`
    : `${action[0]?.toUpperCase()}${action.slice(1)}`;
  return (
    <Dialog title={title} onClose={onClose}>
      <p>
        {seats.available === 0
          ? 'No seat is free'
          : `Only ${seatWord(seats.available)} ${seats.available === 1 ? 'is' : 'are'} free`}
        : this adds {seatWord(adding)} ({target} in total) and lets {names(chosen)} in at once, ahead of
        anyone else waiting.
      </p>
      {preview.isPending && <Loading label="Working out the cost…" />}
      {review && <SeatChangeCost review={review} />}
      {(preview.isError || change.isError) && (
        <p className="form-error" role="alert">
          {errorMessage(preview.error ?? change.error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={change.isPending}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!review || change.isPending}
          onClick={() => change.mutate({ seats: target, admitFirst: chosen.map((r) => r.id) })}
        >
          {change.isPending ? 'Saving…' : label}
        </button>
      </div>
    </Dialog>
  );
}
