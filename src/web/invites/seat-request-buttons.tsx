import { errorMessage } from '../lib/api.ts';
import { useRequestSeat, useWithdrawSeatRequest } from './queries.ts';

/** The calm state after asking: what happens next, and a way to take it back. */
export function Requested({ orgId, token, note }: { orgId: string; token: string; note: string }) {
  const withdraw = useWithdrawSeatRequest(orgId, token);
  return (
    <>
      <p className="requested" role="status">
        <span aria-hidden="true">✓</span> Requested
      </p>
      <p>{note}</p>
      <button
        type="button"
        className="button button-large"
        disabled={withdraw.isPending}
        onClick={() => withdraw.mutate()}
      >
        {withdraw.isPending ? 'Withdrawing…' : 'Withdraw request'}
      </button>
      {withdraw.isError && (
        <p className="form-error" role="alert">
          {errorMessage(withdraw.error)}
        </p>
      )}
    </>
  );
}

export function RequestSeat({
  orgId,
  token,
  label = 'Request a seat',
  primary = false,
}: {
  orgId: string;
  token: string;
  label?: string;
  primary?: boolean;
}) {
  const request = useRequestSeat(orgId, token);
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button-primary button-large' : 'button button-large'}
        disabled={request.isPending}
        onClick={() => request.mutate()}
      >
        {request.isPending ? 'Asking…' : label}
      </button>
      {request.isError && (
        <p className="form-error" role="alert">
          {errorMessage(request.error)}
        </p>
      )}
    </>
  );
}
