import { useQueryClient } from '@tanstack/react-query';
import type { InvitePreview } from '../../contracts/invites.ts';
import { seatSummarySchema } from '../../contracts/organizations.ts';
import { useEventSource } from '../lib/use-event-source.ts';
import { invitePath, previewKeyFor } from './queries.ts';

/**
 * Seats shown on the invite page follow the organization live; a change of "any left?"
 * re-asks the viewer state, and so does a change of the link or the organization (a reset
 * or paused link shows as not working at once, a new name or image appears).
 */
export function useLiveInviteSeats(orgId: string, token: string, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEventSource(enabled ? `${invitePath(orgId, token)}/stream` : null, {
    seats: (data) => {
      const seats = seatSummarySchema.safeParse(data);
      if (!seats.success) return;
      const key = previewKeyFor(orgId, token);
      const before = queryClient.getQueryData<InvitePreview>(key);
      queryClient.setQueryData<InvitePreview>(key, (p) => p && { ...p, seats: seats.data });
      // A change of "any left?", or added seats (which may have let this viewer in), re-asks.
      if (
        before &&
        (before.seats.available > 0 !== seats.data.available > 0 || before.seats.total !== seats.data.total)
      )
        void queryClient.invalidateQueries({ queryKey: key });
    },
    changed: () => void queryClient.invalidateQueries({ queryKey: previewKeyFor(orgId, token) }),
  });
}
