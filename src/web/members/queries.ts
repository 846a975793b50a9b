import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MemberSort } from '../../contracts/members.ts';
import { memberListSchema } from '../../contracts/members.ts';
import type { Role } from '../../contracts/permissions.ts';
import { restorableSeatsSchema } from '../../contracts/restore-seats.ts';
import { api } from '../lib/api.ts';

export const PAGE_SIZE = 50;
export const membersKey = (orgId: string) => ['members', orgId] as const;

/** What the list asks the server for; the same filters go into the CSV export's address. */
export type MemberListFilters = {
  q: string;
  role: Role | '';
  seat: 'plus' | 'none' | '';
  sort: MemberSort;
  order: 'asc' | 'desc';
};

export function filterParams(filters: MemberListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.role) params.set('role', filters.role);
  if (filters.seat) params.set('seat', filters.seat);
  if (filters.sort !== 'joined') params.set('sort', filters.sort);
  params.set('order', filters.order);
  return params;
}

const listPath = (orgId: string) => `/api/v1/organizations/${encodeURIComponent(orgId)}/members`;
export const membersCsvPath = (orgId: string, filters: MemberListFilters) =>
  `${listPath(orgId)}.csv?${filterParams(filters)}`;

/**
 * One page of members: the filters and the page's cursor (null for the first, which also
 * carries the total). The previous page stays on screen while the next one loads.
 */
export function useMemberPage(orgId: string, filters: MemberListFilters, cursor: string | null) {
  return useQuery({
    queryKey: [...membersKey(orgId), filters, cursor],
    queryFn: () => {
      const params = filterParams(filters);
      params.set('limit', String(PAGE_SIZE));
      if (cursor) params.set('cursor', cursor);
      return api(`${listPath(orgId)}?${params}`, { schema: memberListSchema });
    },
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

export const restorableKey = (orgId: string) => ['restorable-seats', orgId] as const;

/** Who an ended subscription took Plus from and could have it back now (owners and admins). */
export function useRestorableSeats(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: restorableKey(orgId),
    queryFn: () =>
      api(`/api/v1/organizations/${encodeURIComponent(orgId)}/seats/restorable`, {
        schema: restorableSeatsSchema,
      }),
    enabled,
  });
}
