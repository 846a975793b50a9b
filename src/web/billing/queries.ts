import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { billingSchema, seatChangeSchema, seatPreviewSchema } from '../../contracts/billing.ts';
import { seatRequestListSchema, seatRequestSchema } from '../../contracts/seat-requests.ts';
import { api } from '../lib/api.ts';
import { membersKey } from '../members/queries.ts';
import { organizationKey, organizationsKey } from '../organizations/queries.ts';

const orgPath = (orgId: string) => `/api/v1/organizations/${encodeURIComponent(orgId)}`;
export const billingKey = (orgId: string) => ['billing', orgId] as const;
export const seatRequestsKey = (orgId: string) => ['seat-requests', orgId] as const;

/** Seats changed or someone joined: every view of the organization's seats is stale. */
function useRefreshSeats(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        billingKey(orgId),
        seatRequestsKey(orgId),
        membersKey(orgId),
        organizationKey(orgId),
        organizationsKey,
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useBilling(orgId: string, enabled = true) {
  return useQuery({
    queryKey: billingKey(orgId),
    queryFn: () => api(`${orgPath(orgId)}/billing`, { schema: billingSchema }),
    enabled,
  });
}

/** Asks what a seat count would do; changes nothing. */
export function usePreviewSeats(orgId: string) {
  return useMutation({
    mutationFn: (seats: number) =>
      api(`${orgPath(orgId)}/billing/seats/preview`, {
        method: 'POST',
        body: { seats },
        schema: seatPreviewSchema,
      }),
  });
}

export function useSetSeats(orgId: string) {
  const refresh = useRefreshSeats(orgId);
  return useMutation({
    mutationFn: (seats: number) =>
      api(`${orgPath(orgId)}/billing/seats`, { method: 'PUT', body: { seats }, schema: seatChangeSchema }),
    onSuccess: refresh,
  });
}

/** Adds seats and lets the chosen seat requests in with them, before the queue (one request). */
export function useAddSeatsAndAdmit(orgId: string) {
  const refresh = useRefreshSeats(orgId);
  return useMutation({
    mutationFn: ({ seats, admitFirst }: { seats: number; admitFirst: string[] }) =>
      api(`${orgPath(orgId)}/billing/seats`, {
        method: 'PUT',
        body: { seats, admitFirst },
        schema: seatChangeSchema,
      }),
    onSuccess: refresh,
  });
}

export function useSeatRequests(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: seatRequestsKey(orgId),
    queryFn: () => api(`${orgPath(orgId)}/seat-requests`, { schema: seatRequestListSchema }),
    enabled,
    refetchInterval: 30_000,
  });
}

export function useDecideSeatRequest(orgId: string) {
  const refresh = useRefreshSeats(orgId);
  return useMutation({
    mutationFn: ({ requestId, decision }: { requestId: string; decision: 'admit' | 'decline' }) =>
      api(`${orgPath(orgId)}/seat-requests/${encodeURIComponent(requestId)}/${decision}`, {
        method: 'POST',
        schema: seatRequestSchema,
      }),
    onSettled: refresh,
  });
}
