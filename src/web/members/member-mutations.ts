import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BulkMemberChange } from '../../contracts/member-management.ts';
import { bulkMemberResultSchema, memberSchema } from '../../contracts/members.ts';
import { restoredSeatsSchema } from '../../contracts/restore-seats.ts';
import { api } from '../lib/api.ts';
import { organizationKey, organizationsKey } from '../organizations/queries.ts';
import { membersKey, restorableKey } from './queries.ts';

const memberPath = (orgId: string, userId: string) =>
  `/api/v1/organizations/${encodeURIComponent(orgId)}/members/${encodeURIComponent(userId)}`;

/** After any change to members, the list and the seat counts are stale. */
function useRefreshOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: membersKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: organizationKey(orgId) }),
      queryClient.invalidateQueries({ queryKey: organizationsKey }),
      queryClient.invalidateQueries({ queryKey: restorableKey(orgId) }),
    ]);
}

/** One change for the selected members, all or nothing (the server names who stopped it). */
export function useBulkChange(orgId: string) {
  const refresh = useRefreshOrganization(orgId);
  return useMutation({
    mutationFn: (change: BulkMemberChange) =>
      api(`/api/v1/organizations/${encodeURIComponent(orgId)}/members/bulk`, {
        method: 'POST',
        body: change,
        schema: bulkMemberResultSchema,
      }),
    onSuccess: refresh,
  });
}

/** Plus back, in one step, for everyone an ended subscription took it from. */
export function useRestoreSeats(orgId: string) {
  const refresh = useRefreshOrganization(orgId);
  return useMutation({
    mutationFn: () =>
      api(`/api/v1/organizations/${encodeURIComponent(orgId)}/seats/restore`, {
        method: 'POST',
        schema: restoredSeatsSchema,
      }),
    onSuccess: refresh,
  });
}

export type MemberChange = { role?: 'admin' | 'member'; seat?: 'plus' | 'none' };

export function useUpdateMember(orgId: string) {
  const refresh = useRefreshOrganization(orgId);
  return useMutation({
    mutationFn: ({ userId, changes }: { userId: string; changes: MemberChange }) =>
      api(memberPath(orgId, userId), { method: 'PATCH', body: changes, schema: memberSchema }),
    onSuccess: refresh,
  });
}

export function useRemoveMember(orgId: string) {
  const refresh = useRefreshOrganization(orgId);
  return useMutation({
    mutationFn: (userId: string) => api(memberPath(orgId, userId), { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export function useTransferOwnership(orgId: string) {
  const refresh = useRefreshOrganization(orgId);
  return useMutation({
    mutationFn: (userId: string) =>
      api(`/api/v1/organizations/${encodeURIComponent(orgId)}/transfer-ownership`, {
        method: 'POST',
        body: { userId },
      }),
    onSuccess: refresh,
  });
}

export function useLeaveOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/api/v1/organizations/${encodeURIComponent(orgId)}/leave`, { method: 'POST' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: organizationKey(orgId) });
      queryClient.removeQueries({ queryKey: membersKey(orgId) });
      return queryClient.invalidateQueries({ queryKey: organizationsKey });
    },
  });
}
