import { useState } from 'react';
import { z } from 'zod';
import { can } from '../../contracts/permissions.ts';
import { InviteModal } from '../invites/invite-modal.tsx';
import { AppShell } from '../layout/app-shell.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { Link } from '../lib/link.tsx';
import { flag } from '../lib/search-params.ts';
import { useLiveSeats } from '../organizations/live-seats.ts';
import { ManageSeatsDialog } from '../organizations/manage-seats-dialog.tsx';
import { OrganizationNav } from '../organizations/organization-nav.tsx';
import { useOrganization } from '../organizations/queries.ts';
import { RoleBadge } from '../organizations/role-badge.tsx';
import { LeaveOrganizationButton } from './leave-organization.tsx';
import { MembersSection } from './members-list.tsx';
import { SeatOverview } from './seat-overview.tsx';
import { SeatRequests } from './seat-requests.tsx';

/** `?welcome=1` after joining (invite-page.tsx), `?paid=1` after paying for a new organization. */
export const membersSearch = z.object({ welcome: flag, paid: flag });

/** The organization's home: seats, members, and the actions the viewer's role allows. */
export function MembersPage({ orgId, search }: { orgId: string; search: z.infer<typeof membersSearch> }) {
  const org = useOrganization(orgId);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [seatsOpen, setSeatsOpen] = useState(false);
  useLiveSeats(orgId, org.isSuccess);
  useTitle(org.data ? `Members of ${org.data.name}` : 'Members');

  if (org.isPending) {
    return (
      <AppShell>
        <Loading label="Loading the organization…" />
      </AppShell>
    );
  }
  if (org.isError) {
    return (
      <AppShell>
        <Breadcrumb />
        <h1>Organization unavailable</h1>
        <ErrorMessage
          title="This organization could not be loaded."
          error={org.error}
          retry={() => void org.refetch()}
        />
      </AppShell>
    );
  }
  const { data } = org;
  const role = data.viewer.role;
  return (
    <AppShell>
      <Breadcrumb name={data.name} />
      {search.welcome && (
        <p className="banner banner-success" role="status">
          Welcome to {data.name}!{' '}
          {data.viewer.seat === 'plus'
            ? 'You now have Plus through this organization.'
            : 'You joined without taking a seat and keep your own Plus.'}
        </p>
      )}
      {search.paid && (
        <p className="banner banner-success" role="status">
          Payment received: {data.name} is ready with {data.seats.total} Plus{' '}
          {data.seats.total === 1 ? 'seat' : 'seats'}. Invite your team to hand them out.
        </p>
      )}
      <div className="page-header">
        <h1>
          {data.name} <RoleBadge role={role} />
        </h1>
        <div className="actions">
          {can(role, 'inviteLink', 'read') && (
            <button type="button" className="button button-primary" onClick={() => setInviteOpen(true)}>
              Invite members
            </button>
          )}
          {can(role, 'seats', 'manageBilling') && (
            <button type="button" className="button" onClick={() => setSeatsOpen(true)}>
              Manage seats
            </button>
          )}
          {role !== 'owner' && (
            <LeaveOrganizationButton
              orgId={orgId}
              orgName={data.name}
              hasSeat={data.viewer.seat === 'plus'}
            />
          )}
        </div>
      </div>
      <OrganizationNav orgId={orgId} role={role} current="members" />
      <SeatOverview seats={data.seats} />
      {can(role, 'seats', 'assign') && <SeatRequests orgId={orgId} />}
      <MembersSection orgId={orgId} orgName={data.name} role={role} seatsAvailable={data.seats.available} />
      {inviteOpen && (
        <InviteModal
          organization={data}
          onClose={() => setInviteOpen(false)}
          onManageSeats={() => {
            setInviteOpen(false);
            setSeatsOpen(true);
          }}
        />
      )}
      {seatsOpen && (
        <ManageSeatsDialog orgId={orgId} seats={data.seats} onClose={() => setSeatsOpen(false)} />
      )}
    </AppShell>
  );
}

function Breadcrumb({ name }: { name?: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to="/organizations">My organizations</Link>
      {name && (
        <>
          <span aria-hidden="true"> / </span>
          <span aria-current="page">{name}</span>
        </>
      )}
    </nav>
  );
}
