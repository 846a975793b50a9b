import { type FormEvent, useId, useState } from 'react';
import { seatsBody } from '../../contracts/billing.ts';
import { Dialog } from '../layout/dialog.tsx';
import { errorMessage } from '../lib/api.ts';
import { SeatCountField } from '../organizations/seat-count-field.tsx';
import { useBillingOffer, useResubscribe } from './checkout-queries.ts';
import { SeatPriceSummary } from './seat-price.tsx';

/**
 * Subscribing an organization again (or for the first time): how many seats, what they
 * cost, then the provider's payment page. Seats come back once the payment goes through.
 */
export function SubscribeDialog({
  orgId,
  suggestedSeats,
  onClose,
}: {
  orgId: string;
  suggestedSeats: number;
  onClose: () => void;
}) {
  const id = useId();
  const offer = useBillingOffer();
  const subscribe = useResubscribe(orgId);
  const [seats, setSeats] = useState(String(suggestedSeats));
  const [problem, setProblem] = useState<string | null>(null);
  const leaving = subscribe.isPending || subscribe.isSuccess;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = seatsBody.safeParse({ seats: Number(seats) });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? 'Check the number of seats.');
    setProblem(null);
    subscribe.mutate(parsed.data.seats);
  };

  const error = problem ?? (subscribe.isError ? errorMessage(subscribe.error) : null);
  return (
    <Dialog title="Subscribe" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <SeatCountField
          id={`${id}-seats`}
          label="Number of seats"
          value={seats}
          onChange={(value) => {
            setSeats(value);
            subscribe.reset();
          }}
        />
        {offer.data?.price && <SeatPriceSummary price={offer.data.price} seats={Number(seats)} />}
        <p className="muted">
          You pay on the next page. Seats are back as soon as the payment goes through; give Plus to your
          members again from the members page.
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={leaving}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={leaving}>
            {leaving ? 'Opening the payment page…' : 'Continue to payment'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
