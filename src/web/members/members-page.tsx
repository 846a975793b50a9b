import { useDeferredValue, useId, useState } from 'react';
import { z } from 'zod';
import type { Member } from '../../contracts/members.ts';
import { can, type Role } from '../../contracts/permissions.ts';
import { useSession } from '../auth/session.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { ShowMoreButton } from '../layout/show-more-button.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { flag } from '../lib/search-params.ts';
import { useLiveSeats } from '../organizations/live-seats.ts';
import { organizationGate } from '../organizations/organization-gate.tsx';
import { OrganizationHeader } from '../organizations/organization-header.tsx';
import { useOrganization } from '../organizations/queries.ts';
import { canManage, MemberActionsDialog } from './member-actions.tsx';
import { MemberTable } from './member-table.tsx';
import { OutOfSeatsBanner } from './out-of-seats-banner.tsx';
import { useMembers } from './queries.ts';
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
        <SeatRequests
          orgId={orgId}
          seatsAvailable={data.seats.available}
          canAddSeats={can(role, 'seats', 'manageBilling')}
        />
      )}
      <MembersSection orgId={orgId} orgName={data.name} role={role} seatsAvailable={data.seats.available} />
    </AppShell>
  );
}

function MembersSection({
  orgId,
  orgName,
  role,
  seatsAvailable,
}: {
  orgId: string;
  orgName: string;
  role: Role;
  seatsAvailable: number;
}) {
  const id = useId();
  const session = useSession();
  const showPrivate = can(role, 'members', 'readPrivate');
  const viewer = { id: session.data?.user.id, role };
  const [managing, setManaging] = useState<Member | null>(null);
  const [query, setQuery] = useState('');
  // Typing stays responsive; the list follows the settled text.
  const q = useDeferredValue(query.trim());
  const members = useMembers(orgId, q);
  const rows = members.data?.pages.flatMap((p) => p.members) ?? [];

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`} className="section-title">
          Members
        </h2>
        <div className="field search">
          <label htmlFor={`${id}-search`}>Search members</label>
          <input
            id={`${id}-search`}
            type="search"
            placeholder={showPrivate ? 'Name or e-mail' : 'Name'}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </div>
      {members.isPending && <Loading label="Loading members…" />}
      {members.isError && (
        <ErrorMessage
          title="The members could not be loaded."
          error={members.error}
          retry={() => void members.refetch()}
        />
      )}
      {members.data && rows.length === 0 && (
        <p className="empty">{q ? `No member matches “${q}”.` : 'No members yet.'}</p>
      )}
      {rows.length > 0 && (
        <MemberTable
          members={rows}
          showPrivate={showPrivate}
          viewerId={viewer.id}
          canManage={rows.some((m) => canManage(viewer, m)) ? (m) => canManage(viewer, m) : undefined}
          onManage={setManaging}
        />
      )}
      {managing && (
        <MemberActionsDialog
          orgId={orgId}
          orgName={orgName}
          seatsAvailable={seatsAvailable}
          viewer={viewer}
          // The row as the list shows it now, so the dialog reflects a change it just made.
          member={rows.find((m) => m.user.id === managing.user.id) ?? managing}
          onClose={() => setManaging(null)}
        />
      )}
      <div className="list-footer">
        <p className="muted" aria-live="polite">
          {members.data &&
            rows.length > 0 &&
            `Showing ${rows.length} member${rows.length === 1 ? '' : 's'}${members.hasNextPage ? '' : q ? ' matching' : ''}.`}
        </p>
        <ShowMoreButton pages={members} label="Show more members" />
      </div>
    </section>
  );
}
