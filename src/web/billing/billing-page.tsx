import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import type { Billing } from '../../contracts/billing.ts';
import { can } from '../../contracts/permissions.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { errorMessage } from '../lib/api.ts';
import { flag } from '../lib/search-params.ts';
import { useEventSource } from '../lib/use-event-source.ts';
import { SeatOverview } from '../members/seat-overview.tsx';
import { ManageSeatsDialog } from '../organizations/manage-seats-dialog.tsx';
import { organizationGate } from '../organizations/organization-gate.tsx';
import { OrganizationHeader } from '../organizations/organization-header.tsx';
import { useOrganization } from '../organizations/queries.ts';
import { BillingBanners, PlanDetails } from './billing-overview.tsx';
import { usePortal } from './checkout-queries.ts';
import { billingKey, useBilling } from './queries.ts';
import { SubscribeDialog } from './subscribe-dialog.tsx';

/** `?paid=1` after a payment that brought the subscription back (checkout-return-page.tsx). */
export const billingSearch = z.object({ paid: flag });
type BillingSearch = z.infer<typeof billingSearch>;

/** The owner's billing: plan, status, next payment, seats, and where to change each. */
export function BillingPage({ orgId, search }: { orgId: string; search: BillingSearch }) {
  const org = useOrganization(orgId);
  const allowed = org.data ? can(org.data.viewer.role, 'seats', 'manageBilling') : false;
  const billing = useBilling(orgId, allowed);
  const queryClient = useQueryClient();
  // Seats change when the provider's events are applied (a payment, a cancellation): follow live.
  useEventSource(
    allowed ? `/api/v1/notifications/stream?organizationId=${encodeURIComponent(orgId)}` : null,
    {
      seats: () => void queryClient.invalidateQueries({ queryKey: billingKey(orgId) }),
    },
  );
  useTitle(org.data ? `Billing of ${org.data.name}` : 'Billing');

  const gate = organizationGate(org);
  if (gate || !org.data) return gate;
  const { data } = org;
  return (
    <AppShell>
      <OrganizationHeader org={data} current="billing" />
      {!allowed ? (
        <p className="empty">Only the owner of {data.name} can see and change its billing.</p>
      ) : billing.isPending ? (
        <Loading label="Loading billing…" />
      ) : billing.isError ? (
        <ErrorMessage
          title="Billing could not be loaded."
          error={billing.error}
          retry={() => void billing.refetch()}
        />
      ) : (
        <BillingDetails orgId={orgId} billing={billing.data} paid={Boolean(search.paid)} />
      )}
    </AppShell>
  );
}

/** What the statuses with no seats have in common: the way back is a new subscription. */
const ended = (status: Billing['status']) =>
  status === 'canceled' || status === 'unpaid' || status === 'none';

function BillingDetails({ orgId, billing, paid }: { orgId: string; billing: Billing; paid: boolean }) {
  const [seatsOpen, setSeatsOpen] = useState(false);
  const [subscribeOpen, setSubscribeOpen] = useState(false);
  const portal = usePortal(orgId);
  const stripe = billing.provider === 'stripe';
  const canChangeSeats = !stripe || !ended(billing.status);
  return (
    <>
      {paid && billing.status === 'active' && (
        <p className="banner banner-success" role="status">
          Payment received: the subscription is active again.
        </p>
      )}
      <BillingBanners billing={billing} onSubscribe={() => setSubscribeOpen(true)} />
      <section className="card" aria-labelledby="plan-title">
        <h2 id="plan-title" className="section-title">
          {stripe ? 'Subscription' : 'Plan'}
        </h2>
        {stripe ? (
          <PlanDetails billing={billing} />
        ) : (
          <p data-testid="manual-billing">Seats are set by the owner; nothing is charged.</p>
        )}
        {billing.pendingRequests > 0 && (
          <p className="muted">
            {billing.pendingRequests} {billing.pendingRequests === 1 ? 'person is' : 'people are'} waiting for
            a seat; added seats let them in, first come, first served.
          </p>
        )}
        <div className="actions">
          {canChangeSeats && (
            <button type="button" className="button button-primary" onClick={() => setSeatsOpen(true)}>
              Manage seats
            </button>
          )}
          {stripe && billing.status !== 'none' && (
            <button
              type="button"
              className="button"
              disabled={portal.isPending || portal.isSuccess}
              onClick={() => portal.mutate()}
            >
              {portal.isPending || portal.isSuccess ? 'Opening…' : 'Payment methods and invoices'}
            </button>
          )}
        </div>
        {portal.isError && (
          <p className="form-error" role="alert">
            {errorMessage(portal.error)}
          </p>
        )}
      </section>
      <SeatOverview seats={billing.seats} />
      {seatsOpen && (
        <ManageSeatsDialog orgId={orgId} seats={billing.seats} onClose={() => setSeatsOpen(false)} />
      )}
      {subscribeOpen && (
        <SubscribeDialog
          orgId={orgId}
          suggestedSeats={Math.max(1, billing.paidSeats ?? 0, billing.seats.used + billing.pendingRequests)}
          onClose={() => setSubscribeOpen(false)}
        />
      )}
    </>
  );
}
