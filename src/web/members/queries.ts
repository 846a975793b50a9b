import { useInfiniteQuery } from '@tanstack/react-query';
import { memberListSchema } from '../../contracts/members.ts';
import { api } from '../lib/api.ts';

export const PAGE_SIZE = 50;
export const membersKey = (orgId: string) => ['members', orgId] as const;

/** Members page by page with the API's cursor; `q` searches names (and e-mails for admins). */
export function useMembers(orgId: string, q: string) {
  return useInfiniteQuery({
    queryKey: [...membersKey(orgId), q],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) params.set('cursor', pageParam);
      if (q) params.set('q', q);
      return api(`/api/v1/organizations/${encodeURIComponent(orgId)}/members?${params}`, {
        schema: memberListSchema,
      });
    },
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 30_000,
  });
}
