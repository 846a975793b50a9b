import { useId, useState } from 'react';
import type { SeatPreview } from '../../contracts/billing.ts';
import type { SeatSummary } from '../../contracts/organizations.ts';
import { usePortal } from '../billing/checkout-queries.ts';
import { usePreviewSeats, useSetSeats } from '../billing/queries.ts';
import { confirmSeatChangeLabel, SeatChangeCost } from '../billing/seat-change-cost.tsx';
import { Dialog } from '../layout/dialog.tsx';
import { errorMessage } from '../lib/api.ts';
import { SeatCountField } from './seat-count-field.tsx';

/**
 * The owner's seat count, in two steps: choose a number, then review what changes (and
 * what it costs, with a paid provider) before confirming. Refusals are the server's own
 * sentences, shown as they are.
 */
export function ManageSeatsDialog({
  orgId,
  seats,
  suggested,
  onClose,
}: {
  orgId: string;
  seats: SeatSummary;
  /** A number to start from (the out-of-seats banner: enough for everyone waiting). */
  suggested?: number;
  onClose: () => void;
}) {
  const id = useId();
  const [count, setCount] = useState(String(suggested ?? seats.total));
  const [review, setReview] = useState<SeatPreview | null>(null);
  const preview = usePreviewSeats(orgId);
  const change = useSetSeats(orgId);
  const wanted = Number(count);

  if (change.isSuccess && change.data.outcome === 'pending-confirmation') {
    return <WaitingForPayment orgId={orgId} seats={change.variables ?? wanted} onClose={onClose} />;
  }

  if (change.isSuccess) {
    return (
      <Dialog title="Manage seats" onClose={onClose}>
        <p className="banner banner-success" role="status">
          Seats updated: {change.data.billing.seats.total} in total, {change.data.billing.seats.available}{' '}
          available.
          {change.data.admitted > 0 &&
            ` ${change.data.admitted} waiting ${change.data.admitted === 1 ? 'person was' : 'people were'} let in.`}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  if (review) {
    const difference = review.proposed.total - review.current.total;
    return (
      <Dialog title="Review the seat change" onClose={onClose}>
        <dl className="stats">
          <div>
            <dt>Seats now</dt>
            <dd>{review.current.total}</dd>
          </div>
          <div>
            <dt>Seats after</dt>
            <dd data-testid="review-seats">{review.proposed.total}</dd>
          </div>
          <div>
            <dt>Available after</dt>
            <dd>{review.proposed.available}</dd>
          </div>
        </dl>
        <p>
          {review.change === 'none'
            ? 'This is the number of seats you have now: nothing changes.'
            : review.change === 'raise'
              ? `${difference} more ${difference === 1 ? 'seat' : 'seats'}, in effect at once.`
              : `${-difference} fewer ${difference === -1 ? 'seat' : 'seats'}; everyone with Plus keeps it.`}
          {review.admits > 0 &&
            ` ${review.admits} ${review.admits === 1 ? 'person' : 'people'} waiting for a seat will join, first come, first served.`}
        </p>
        <SeatChangeCost review={review} />
        {change.isError && (
          <p className="form-error" role="alert">
            {errorMessage(change.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button
            type="button"
            className="button"
            onClick={() => setReview(null)}
            disabled={change.isPending}
          >
            Back
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={change.isPending || review.change === 'none'}
            onClick={() => change.mutate(review.proposed.total)}
          >
            {change.isPending ? 'Saving…' : confirmSeatChangeLabel(review)}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Manage seats" onClose={onClose}>
      <p>
        {seats.total} Plus seats: {seats.used} assigned, {seats.available} available.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          preview.mutate(wanted, { onSuccess: setReview });
        }}
      >
        <SeatCountField
          id={`${id}-seats`}
          label="Number of seats"
          value={count}
          describedBy={preview.isError ? `${id}-error` : undefined}
          onChange={(value) => {
            setCount(value);
            preview.reset();
          }}
        />
        {preview.isError && (
          <p className="form-error" role="alert" id={`${id}-error`}>
            {errorMessage(preview.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={preview.isPending || !Number.isInteger(wanted) || wanted < 1}
          >
            {preview.isPending ? 'Checking…' : 'Review'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * The card was declined or needs the owner's confirmation: nothing changed yet. The
 * provider applies the change once the payment goes through, so the way on is the portal.
 */
export function WaitingForPayment({
  orgId,
  seats,
  onClose,
}: {
  orgId: string;
  seats: number;
  onClose: () => void;
}) {
  const portal = usePortal(orgId);
  return (
    <Dialog title="Manage seats" onClose={onClose}>
      <p className="banner banner-warning" role="status">
        <strong>Waiting for payment:</strong> the charge for {seats} seats was declined or needs your
        confirmation, so nothing has changed yet. Update your payment method in the billing portal; the seats
        are added as soon as the payment goes through.
      </p>
      {portal.isError && (
        <p className="form-error" role="alert">
          {errorMessage(portal.error)}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={portal.isPending || portal.isSuccess}
          onClick={() => portal.mutate()}
        >
          {portal.isPending || portal.isSuccess ? 'Opening…' : 'Open the billing portal'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
