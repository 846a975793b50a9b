import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { updateOrganizationBody } from '../../contracts/member-management.ts';
import { type Organization, organizationSchema } from '../../contracts/organizations.ts';
import { api } from '../lib/api.ts';
import { organizationKey, organizationsKey } from './queries.ts';

const orgPath = (orgId: string) => `/api/v1/organizations/${encodeURIComponent(orgId)}`;

function useSaveOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return (org: Organization) => {
    queryClient.setQueryData(organizationKey(orgId), org);
    return queryClient.invalidateQueries({ queryKey: organizationsKey });
  };
}

export function useUpdateOrganization(orgId: string) {
  const save = useSaveOrganization(orgId);
  return useMutation({
    mutationFn: (body: z.input<typeof updateOrganizationBody>) =>
      api(orgPath(orgId), { method: 'PATCH', body, schema: organizationSchema }),
    onSuccess: save,
  });
}

export function useUploadImage(orgId: string) {
  const save = useSaveOrganization(orgId);
  return useMutation({
    mutationFn: (file: File) =>
      api(`${orgPath(orgId)}/image`, { method: 'PUT', body: file, schema: organizationSchema }),
    onSuccess: save,
  });
}

export function useDeleteOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (confirmName: string) => api(orgPath(orgId), { method: 'DELETE', body: { confirmName } }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: organizationKey(orgId) });
      return queryClient.invalidateQueries({ queryKey: organizationsKey });
    },
  });
}
