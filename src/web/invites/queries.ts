import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type InviteLink, inviteLinkSchema, invitePreviewSchema } from '../../contracts/invites.ts';
import { linkInsightsSchema } from '../../contracts/link-insights.ts';
import { membershipSchema } from '../../contracts/members.ts';
import { mySeatRequestSchema } from '../../contracts/seat-requests.ts';
import { ApiError, api } from '../lib/api.ts';
import { organizationKey, organizationsKey } from '../organizations/queries.ts';

const linkPath = (orgId: string) => `/api/v1/organizations/${encodeURIComponent(orgId)}/invite-link`;
export const previewKeyFor = (orgId: string, token: string) => ['invite-preview', orgId, token] as const;
export const inviteLinkKey = (orgId: string) => ['invite-link', orgId] as const;
const previewKey = previewKeyFor;
export const invitePath = (orgId: string, token: string) =>
  `/api/v1/invites/${encodeURIComponent(orgId)}/${encodeURIComponent(token)}`;

export function useInviteLink(orgId: string) {
  return useQuery({
    queryKey: inviteLinkKey(orgId),
    queryFn: () => api(linkPath(orgId), { schema: inviteLinkSchema }),
  });
}

export const linkInsightsKey = (orgId: string) => ['invite-link', orgId, 'insights'] as const;

/** Read afresh each time the modal opens: the counts move while it is closed. */
export function useLinkInsights(orgId: string) {
  return useQuery({
    queryKey: linkInsightsKey(orgId),
    queryFn: () => api(`${linkPath(orgId)}/insights`, { schema: linkInsightsSchema }),
    refetchOnMount: 'always',
  });
}

export function useRegenerateInviteLink(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`${linkPath(orgId)}/regenerate`, { method: 'POST', schema: inviteLinkSchema }),
    onSuccess: (link) => {
      queryClient.setQueryData<InviteLink>(inviteLinkKey(orgId), link);
      // A new version: its insights start empty.
      void queryClient.invalidateQueries({ queryKey: linkInsightsKey(orgId) });
    },
  });
}

export type LinkSettings = {
  paused?: boolean;
  expiresAt?: string | null;
  allowedDomains?: string[];
  maxJoins?: number | null;
  requiresApproval?: boolean;
};

export function useUpdateInviteLink(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LinkSettings) =>
      api(linkPath(orgId), { method: 'PATCH', body, schema: inviteLinkSchema }),
    onSuccess: (link) => queryClient.setQueryData<InviteLink>(inviteLinkKey(orgId), link),
  });
}

/** A 429 is "not yet", not "no": wait as long as the server asks, a few times, then show it. */
const retryWhenLimited = (failures: number, error: unknown) =>
  error instanceof ApiError &&
  error.status === 429 &&
  error.retryAfter !== null &&
  failures < 3 &&
  error.retryAfter <= 60;
const retryAfterDelay = (_failures: number, error: unknown) =>
  error instanceof ApiError && error.retryAfter ? error.retryAfter * 1000 : 5_000;

/**
 * `?i=<id>` from an invitation mail's link, passed on to the preview so that the invitation
 * shows as opened (decision 0030); the server answers the same with or without it.
 */
function invitationMarker(): string {
  const i = new URLSearchParams(window.location.search).get('i');
  return i && /^[0-9a-f-]{36}$/i.test(i) ? `i=${i}` : '';
}

export function useInvitePreview(orgId: string, token: string, from?: 'sign-up') {
  // The flags only count (the invitation opened, the link's insights): the answer is the same.
  const query = [invitationMarker(), from ? `from=${from}` : ''].filter(Boolean).join('&');
  return useQuery({
    queryKey: previewKey(orgId, token),
    queryFn: () =>
      api(`${invitePath(orgId, token)}${query ? `?${query}` : ''}`, { schema: invitePreviewSchema }),
    // An invalid link stays invalid; only a rate limit is worth waiting out.
    retry: retryWhenLimited,
    retryDelay: retryAfterDelay,
  });
}

/** "Request a seat" on a full organization; the preview then says the request is pending. */
export function useRequestSeat(orgId: string, token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api(`${invitePath(orgId, token)}/seat-request`, { method: 'POST', schema: mySeatRequestSchema }),
    retry: retryWhenLimited,
    retryDelay: retryAfterDelay,
    onSettled: () => queryClient.invalidateQueries({ queryKey: previewKey(orgId, token) }),
  });
}

/** Withdraw on the invite page: the pending request is taken back; the preview offers asking again. */
export function useWithdrawSeatRequest(orgId: string, token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`${invitePath(orgId, token)}/seat-request`, { method: 'DELETE' }),
    retry: retryWhenLimited,
    retryDelay: retryAfterDelay,
    onSettled: () => queryClient.invalidateQueries({ queryKey: previewKey(orgId, token) }),
  });
}

export function useJoin(orgId: string, token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`${invitePath(orgId, token)}/join`, { method: 'POST', schema: membershipSchema }),
    retry: retryWhenLimited,
    retryDelay: retryAfterDelay,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationsKey }),
        queryClient.invalidateQueries({ queryKey: organizationKey(orgId) }),
      ]),
    // Whatever happened (seats gone, link reset), show the page as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: previewKey(orgId, token) }),
  });
}
