import { useState } from 'react';
import { can } from '../../contracts/permissions.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { useTitle } from '../layout/status.tsx';
import { Link } from '../lib/link.tsx';
import { ManageSeatsDialog } from '../organizations/manage-seats-dialog.tsx';
import { organizationGate } from '../organizations/organization-gate.tsx';
import { OrganizationNav } from '../organizations/organization-nav.tsx';
import { useOrganization } from '../organizations/queries.ts';
import { BatchForm } from './batch-form.tsx';
import { InvitationList } from './invitation-list.tsx';

/** E-mail invitations of an organization (owners and admins): send a batch, follow each. */
export function InvitationsPage({ orgId }: { orgId: string }) {
  const org = useOrganization(orgId);
  const [seatsOpen, setSeatsOpen] = useState(false);
  useTitle(org.data ? `Invitations of ${org.data.name}` : 'Invitations');
  const gate = organizationGate(org);
  if (gate || !org.data) return gate;
  const role = org.data.viewer.role;
  return (
    <AppShell>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/organizations">My organizations</Link>
        <span aria-hidden="true"> / </span>
        <Link to="/organizations/$orgId/members" params={{ orgId }}>
          {org.data.name}
        </Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">Invitations</span>
      </nav>
      <h1>Invitations</h1>
      <OrganizationNav orgId={orgId} role={role} current="invitations" />
      {!can(role, 'invitations', 'read') ? (
        <p className="empty">Only the owner and admins can invite people by e-mail.</p>
      ) : (
        <>
          <BatchForm
            orgId={orgId}
            seatsTotal={org.data.seats.total}
            onAddSeats={can(role, 'seats', 'manageBilling') ? () => setSeatsOpen(true) : undefined}
          />
          <InvitationList orgId={orgId} />
        </>
      )}
      {seatsOpen && (
        <ManageSeatsDialog orgId={orgId} seats={org.data.seats} onClose={() => setSeatsOpen(false)} />
      )}
    </AppShell>
  );
}
