import { useState } from 'react';
import { can } from '../../contracts/permissions.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { useTitle } from '../layout/status.tsx';
import { ManageSeatsDialog } from '../organizations/manage-seats-dialog.tsx';
import { organizationGate } from '../organizations/organization-gate.tsx';
import { OrganizationHeader } from '../organizations/organization-header.tsx';
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
      <OrganizationHeader org={org.data} current="invitations" />
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
