import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  batchReportSchema,
  invitationBatchSchema,
  invitationListSchema,
  invitationSchema,
  resendResultSchema,
} from '../../contracts/invitations.ts';
import { api } from '../lib/api.ts';

export const invitationsPath = (orgId: string) =>
  `/api/v1/organizations/${encodeURIComponent(orgId)}/invitations`;
export const invitationsKey = (orgId: string) => ['invitations', orgId] as const;

/** Newest first, 50 a page; "Show older invitations" reads the next with the page's cursor. */
export function useInvitations(orgId: string) {
  return useInfiniteQuery({
    queryKey: invitationsKey(orgId),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api(`${invitationsPath(orgId)}${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''}`, {
        schema: invitationListSchema,
      }),
    getNextPageParam: (last) => last.nextCursor,
    // Opened and joined change without anyone here doing anything: look again now and then.
    refetchInterval: 15_000,
  });
}

/** The form's check before sending: per-line report and seat numbers; writes nothing. */
export function usePreviewBatch(orgId: string) {
  return useMutation({
    mutationFn: (addresses: string) =>
      api(`${invitationsPath(orgId)}/preview`, {
        method: 'POST',
        body: { addresses },
        schema: batchReportSchema,
      }),
  });
}

export function useSendBatch(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { addresses: string; confirmRepeat?: boolean }) =>
      api(invitationsPath(orgId), { method: 'POST', body, schema: invitationBatchSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(orgId) }),
  });
}

export type ResendBody = { ids: string[]; confirmRepeat?: boolean } | { needsNewLink: true };

export function useResend(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResendBody) =>
      api(`${invitationsPath(orgId)}/resend`, { method: 'POST', body, schema: resendResultSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey(orgId) }),
  });
}

export function useRevoke(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api(`${invitationsPath(orgId)}/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        schema: invitationSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey(orgId) }),
  });
}
