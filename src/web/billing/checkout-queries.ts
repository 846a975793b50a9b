import { type UseMutationOptions, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { billingOfferSchema, checkoutSchema, portalSchema } from '../../contracts/billing.ts';
import { api } from '../lib/api.ts';

const orgPath = (orgId: string) => `/api/v1/organizations/${encodeURIComponent(orgId)}`;
export const checkoutKey = (checkoutId: string) => ['checkout', checkoutId] as const;

/** How this Roster bills, and the price per seat when it charges. */
export function useBillingOffer() {
  return useQuery({
    queryKey: ['billing-offer'],
    queryFn: () => api('/api/v1/billing', { schema: billingOfferSchema }),
    staleTime: 60_000,
  });
}

/** Leaves for the provider's hosted page (checkout or portal); the page is gone after this. */
function leaveFor(url: string): void {
  window.location.assign(url);
}

/**
 * A mutation that ends by leaving for the provider's page. Its button stays busy until the
 * page is gone; coming back with the browser's Back button (a page restored from the
 * back-forward cache) makes it usable again.
 */
function useLeavingMutation<T, V>(options: UseMutationOptions<T, Error, V>) {
  const mutation = useMutation(options);
  const { reset } = mutation;
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, [reset]);
  return mutation;
}

/** Starts paying for a new organization, then opens the payment page. */
export function useStartCheckout() {
  return useLeavingMutation({
    mutationFn: (body: { name: string; seats: number }) =>
      api('/api/v1/billing/checkout', { method: 'POST', body, schema: checkoutSchema }),
    onSuccess: (checkout) => leaveFor(checkout.url ?? `/checkout/${checkout.id}`),
  });
}

/** Subscribes an organization again (its subscription ended, or it never had one). */
export function useResubscribe(orgId: string) {
  return useLeavingMutation({
    mutationFn: (seats: number) =>
      api(`${orgPath(orgId)}/billing/checkout`, { method: 'POST', body: { seats }, schema: checkoutSchema }),
    onSuccess: (checkout) => leaveFor(checkout.url ?? `/checkout/${checkout.id}`),
  });
}

/**
 * A checkout after the payment page sent the browser back. Each fetch asks the provider,
 * so polling completes the organization even before the provider's webhook arrives.
 */
export function useCheckout(checkoutId: string, poll: boolean) {
  return useQuery({
    queryKey: checkoutKey(checkoutId),
    queryFn: () =>
      api(`/api/v1/billing/checkout/${encodeURIComponent(checkoutId)}`, { schema: checkoutSchema }),
    staleTime: 0,
    refetchInterval: (query) => (poll && query.state.data?.status === 'open' ? 1_000 : false),
  });
}

/** Opens the provider's billing portal: payment methods, invoices, cancellation. */
export function usePortal(orgId: string) {
  return useLeavingMutation({
    mutationFn: () => api(`${orgPath(orgId)}/billing/portal`, { method: 'POST', schema: portalSchema }),
    onSuccess: (portal) => leaveFor(portal.url),
  });
}
