import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { Checkout } from '../../contracts/billing.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { Link } from '../lib/link.tsx';
import { flag } from '../lib/search-params.ts';
import { organizationsKey } from '../organizations/queries.ts';
import { useCheckout } from './checkout-queries.ts';
import { billingKey } from './queries.ts';

/** `?canceled=1` when the person left the payment page (the cancel URL of start-checkout.ts). */
export const checkoutSearch = z.object({ canceled: flag });

/** Payments usually settle in seconds; after this long the page stops asking by itself. */
const PATIENCE_MS = 60_000;

/**
 * Where the provider's payment page sends the browser back. Waits for the checkout to
 * complete (each poll asks the provider), then opens the organization it created.
 */
export function CheckoutReturnPage({
  checkoutId,
  search,
}: {
  checkoutId: string;
  search: z.infer<typeof checkoutSearch>;
}) {
  const canceled = Boolean(search.canceled);
  const navigate = useNavigate();
  const [since, setSince] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const waited = now - since > PATIENCE_MS;
  const checkout = useCheckout(checkoutId, !canceled && !waited);
  const queryClient = useQueryClient();
  const data = checkout.data;

  useEffect(() => {
    if (canceled || waited) return;
    const timer = setTimeout(() => setNow(Date.now()), PATIENCE_MS + 500);
    return () => clearTimeout(timer);
  }, [canceled, waited]);

  useEffect(() => {
    if (data?.status !== 'completed' || !data.organizationId) return;
    const orgId = data.organizationId;
    void queryClient.invalidateQueries({ queryKey: organizationsKey });
    void queryClient.invalidateQueries({ queryKey: billingKey(orgId) });
    const to = data.kind === 'create' ? '/organizations/$orgId/members' : '/organizations/$orgId/billing';
    void navigate({ to, params: { orgId }, search: { paid: '1' }, replace: true });
  }, [data, queryClient, navigate]);

  const ended = data && data.status !== 'completed' && (canceled || data.status === 'expired');
  useTitle(ended ? 'Payment canceled' : 'Confirming your payment');

  return (
    <AppShell>
      <section className="card checkout-card" aria-labelledby="checkout-title">
        {checkout.isError ? (
          <>
            <h1 id="checkout-title">Payment not found</h1>
            <ErrorMessage
              title="Roster could not check this payment."
              error={checkout.error}
              retry={() => void checkout.refetch()}
            />
            <Link className="button" to="/organizations">
              Go to my organizations
            </Link>
          </>
        ) : ended ? (
          <Canceled checkout={data} />
        ) : waited && data?.status === 'open' ? (
          <>
            <h1 id="checkout-title">Your payment is not confirmed yet</h1>
            <p>
              The payment provider has not told Roster that the payment went through. If you paid, this can
              take a few minutes; nothing is charged twice.
            </p>
            <div className="actions">
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  setSince(Date.now());
                  setNow(Date.now());
                  void checkout.refetch();
                }}
              >
                Check again
              </button>
              <Link className="button" to="/organizations">
                Go to my organizations
              </Link>
            </div>
          </>
        ) : (
          <>
            <h1 id="checkout-title">Confirming your payment…</h1>
            <Loading label="Waiting for the payment provider to confirm. This usually takes a few seconds." />
          </>
        )}
      </section>
    </AppShell>
  );
}

function Canceled({ checkout }: { checkout: Checkout }) {
  const orgId = checkout.kind === 'resubscribe' ? checkout.organizationId : null;
  return (
    <>
      <h1 id="checkout-title">Payment canceled — nothing was charged</h1>
      <p>
        {checkout.status === 'expired'
          ? 'The payment page expired before the payment was made.'
          : 'You left the payment page without paying.'}{' '}
        {checkout.kind === 'create' ? 'No organization was created.' : 'The subscription did not change.'}
      </p>
      <div className="actions">
        {orgId ? (
          <Link className="button button-primary" to="/organizations/$orgId/billing" params={{ orgId }}>
            Back to billing
          </Link>
        ) : (
          <Link className="button button-primary" to="/organizations">
            Back to my organizations
          </Link>
        )}
        {checkout.url && (
          <a className="button" href={checkout.url}>
            Return to the payment page
          </a>
        )}
      </div>
    </>
  );
}
