import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type Organization,
  organizationListSchema,
  organizationSchema,
} from '../../contracts/organizations.ts';
import { api } from '../lib/api.ts';

export const organizationsKey = ['organizations'] as const;
export const organizationKey = (orgId: string) => ['organization', orgId] as const;

export function useOrganizations() {
  return useQuery({
    queryKey: organizationsKey,
    queryFn: () => api('/api/v1/organizations', { schema: organizationListSchema }),
  });
}

export function useOrganization(orgId: string) {
  return useQuery({
    queryKey: organizationKey(orgId),
    queryFn: () => api(`/api/v1/organizations/${encodeURIComponent(orgId)}`, { schema: organizationSchema }),
    // Seat counts arrive live (live-seats.ts); this slow poll only covers a dropped stream.
    refetchInterval: 30_000,
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; seats: number }) =>
      api<Organization>('/api/v1/organizations', { method: 'POST', body, schema: organizationSchema }),
    onSuccess: (org) => {
      queryClient.setQueryData(organizationKey(org.id), org);
      return queryClient.invalidateQueries({ queryKey: organizationsKey });
    },
  });
}
