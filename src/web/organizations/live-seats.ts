import { useQueryClient } from '@tanstack/react-query';
import type { Organization } from '../../contracts/organizations.ts';
import { seatSummarySchema } from '../../contracts/organizations.ts';
import { useEventSource } from '../lib/use-event-source.ts';
import { membersKey } from '../members/queries.ts';
import { organizationKey } from './queries.ts';

/**
 * Keeps an organization's seat count (and so its member list) live while its page is open:
 * the server pushes "seats" whenever someone joins, leaves or a seat changes hands.
 */
export function useLiveSeats(orgId: string, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEventSource(
    enabled ? `/api/v1/notifications/stream?organizationId=${encodeURIComponent(orgId)}` : null,
    {
      seats: (data) => {
        const seats = seatSummarySchema.safeParse(data);
        if (!seats.success) return;
        const before = queryClient.getQueryData<Organization>(organizationKey(orgId));
        queryClient.setQueryData<Organization>(
          organizationKey(orgId),
          (org) => org && { ...org, seats: seats.data },
        );
        if (before?.seats.used !== seats.data.used)
          void queryClient.invalidateQueries({ queryKey: membersKey(orgId) });
      },
    },
  );
}
