import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { createOrganizationBody } from '../../contracts/organizations.ts';
import { useBillingOffer, useStartCheckout } from '../billing/checkout-queries.ts';
import { SeatPriceSummary } from '../billing/seat-price.tsx';
import { errorMessage } from '../lib/api.ts';
import { useCreateOrganization } from './queries.ts';
import { SeatCountField } from './seat-count-field.tsx';

/**
 * Name and number of Plus seats; the creator becomes the owner and takes the first seat.
 * When this Roster charges for seats, the form shows the price and continues to the
 * provider's payment page; the organization is created once the payment goes through.
 */
export function CreateOrganizationForm() {
  const id = useId();
  const offer = useBillingOffer();
  const create = useCreateOrganization();
  const navigate = useNavigate();
  const checkout = useStartCheckout();
  const [name, setName] = useState('');
  const [seats, setSeats] = useState('5');
  const [problem, setProblem] = useState<string | null>(null);
  const price = offer.data?.provider === 'stripe' ? offer.data.price : null;
  const paid = offer.data?.provider === 'stripe';
  // Until we know whether seats are paid for, we cannot say which button this is.
  const busy = offer.isPending || create.isPending || checkout.isPending || checkout.isSuccess;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The same schema the server checks, so the message matches what the API would say.
    const parsed = createOrganizationBody.safeParse({ name, seats: Number(seats) });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Check the name and the number of seats.');
      return;
    }
    setProblem(null);
    if (paid) checkout.mutate(parsed.data);
    else
      create.mutate(parsed.data, {
        onSuccess: (org) => void navigate({ to: '/organizations/$orgId/members', params: { orgId: org.id } }),
      });
  };

  const failed = create.isError ? create.error : checkout.isError ? checkout.error : null;
  const error = problem ?? (failed ? errorMessage(failed) : null);
  return (
    <form className="form form-inline create-org-form" onSubmit={submit} noValidate>
      <div className="field field-grow">
        <label htmlFor={`${id}-name`}>Organization name</label>
        <input
          id={`${id}-name`}
          required
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <SeatCountField
        className="field field-seats"
        id={`${id}-seats`}
        label="Plus seats"
        value={seats}
        describedBy={`${id}-seats-hint`}
        onChange={setSeats}
      />
      {price && <SeatPriceSummary className="field-full" price={price} seats={Number(seats)} />}
      <p className="field-hint field-full" id={`${id}-seats-hint`}>
        You take one seat as the owner; the rest are for the people you invite.
        {paid && ' You pay on the next page; the organization is ready as soon as the payment goes through.'}
      </p>
      {/* After the price in reading order; beside the fields on a wide screen (layout.css). */}
      <button type="submit" className="button button-primary" disabled={busy}>
        {paid
          ? checkout.isPending || checkout.isSuccess
            ? 'Opening the payment page…'
            : 'Continue to payment'
          : create.isPending
            ? 'Creating…'
            : 'Create organization'}
      </button>
      {offer.isError && (
        <p className="form-error field-full" role="alert">
          Prices could not be loaded: {errorMessage(offer.error)}{' '}
          <button type="button" className="link-button" onClick={() => void offer.refetch()}>
            Try again
          </button>
        </p>
      )}
      {error && (
        <p className="form-error field-full" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
