import { z } from 'zod';
import { can } from '../../contracts/permissions.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { useTitle } from '../layout/status.tsx';
import { flag } from '../lib/search-params.ts';
import { useLiveSeats } from '../organizations/live-seats.ts';
import { organizationGate } from '../organizations/organization-gate.tsx';
import { OrganizationHeader } from '../organizations/organization-header.tsx';
import { useOrganization } from '../organizations/queries.ts';
import { MembersSection } from './members-list.tsx';
import { OutOfSeatsBanner } from './out-of-seats-banner.tsx';
import { SeatOverview } from './seat-overview.tsx';
import { SeatRequests } from './seat-requests.tsx';

/** `?welcome=1` after joining (invite-page.tsx), `?paid=1` after paying for a new organization. */
export const membersSearch = z.object({ welcome: flag, paid: flag });

/** The organization's home: seats, members, and the actions the viewer's role allows. */
export function MembersPage({ orgId, search }: { orgId: string; search: z.infer<typeof membersSearch> }) {
  const org = useOrganization(orgId);
  useLiveSeats(orgId, org.isSuccess);
  useTitle(org.data ? `Members of ${org.data.name}` : 'Members');

  const gate = organizationGate(org);
  if (gate || !org.data) return gate;
  const { data } = org;
  const role = data.viewer.role;
  return (
    <AppShell>
      <OrganizationHeader org={data} current="members" />
      {search.welcome && (
        <p className="banner banner-success" role="status">
          Welcome to {data.name}!{' '}
          {data.viewer.seat === 'plus'
            ? 'You now have Plus through this organization.'
            : 'You joined without taking a seat and keep your own Plus.'}
          {/* The organization's own words for newcomers (issue 16 item 5): plain text, rendered as text. */}
          {data.welcomeMessage && (
            <span className="welcome-message" data-testid="welcome-message">
              {data.welcomeMessage}
            </span>
          )}
        </p>
      )}
      {search.paid && (
        <p className="banner banner-success" role="status">
          Payment received: {data.name} is ready with {data.seats.total} Plus{' '}
          {data.seats.total === 1 ? 'seat' : 'seats'}. Invite your team to hand them out.
        </p>
      )}
      {can(role, 'seats', 'assign') && <OutOfSeatsBanner organization={data} />}
      <SeatOverview seats={data.seats} />
      {can(role, 'seats', 'assign') && (
        <SeatRequests orgId={orgId} seats={data.seats} canAddSeats={can(role, 'seats', 'manageBilling')} />
      )}
      <MembersSection orgId={orgId} orgName={data.name} role={role} seatsAvailable={data.seats.available} />
    </AppShell>
  );
}
