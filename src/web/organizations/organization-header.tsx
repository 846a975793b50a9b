import { useState } from 'react';
import type { Organization } from '../../contracts/organizations.ts';
import { can } from '../../contracts/permissions.ts';
import { InviteModal } from '../invites/invite-modal.tsx';
import { Avatar } from '../layout/avatar.tsx';
import { Link } from '../lib/link.tsx';
import { LeaveOrganizationButton } from '../members/leave-organization.tsx';
import { ManageSeatsDialog } from './manage-seats-dialog.tsx';
import { OrganizationNav, type Tab, tabLabels } from './organization-nav.tsx';
import { OrganizationSwitcher } from './organization-switcher.tsx';
import { RoleBadge } from './role-badge.tsx';

/**
 * The one header of every organization page (docs/decisions/0032-one-layout.md): where you
 * are, the name with your role, what your role lets you do, and the tabs. The same on each
 * tab, so the tabs never move; the page's own content starts below it.
 */
export function OrganizationHeader({ org, current }: { org: Organization; current: Tab }) {
  const [inviteOpen, setInviteOpen] = useState(false);
  const [seatsOpen, setSeatsOpen] = useState(false);
  const role = org.viewer.role;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/organizations">My organizations</Link>
        <span aria-hidden="true"> / </span>
        {current === 'members' ? (
          <span aria-current="page">{org.name}</span>
        ) : (
          <>
            <Link to="/organizations/$orgId/members" params={{ orgId: org.id }}>
              {org.name}
            </Link>
            <span aria-hidden="true"> / </span>
            <span aria-current="page">{tabLabels[current]}</span>
          </>
        )}
      </nav>
      <div className="page-header org-header">
        <div className="org-title">
          <Avatar name={org.name} image={org.image} size={40} />
          <h1>
            {org.name} <RoleBadge role={role} />
          </h1>
          <OrganizationSwitcher current={org.id} />
        </div>
        <div className="actions">
          {can(role, 'inviteLink', 'read') && (
            <button type="button" className="button button-primary" onClick={() => setInviteOpen(true)}>
              Invite members
            </button>
          )}
          {/* Billing has its own, beside the plan and its price. */}
          {can(role, 'seats', 'manageBilling') && current !== 'billing' && (
            <button type="button" className="button" onClick={() => setSeatsOpen(true)}>
              Manage seats
            </button>
          )}
          {role !== 'owner' && (
            <LeaveOrganizationButton orgId={org.id} orgName={org.name} hasSeat={org.viewer.seat === 'plus'} />
          )}
        </div>
      </div>
      <OrganizationNav orgId={org.id} role={role} current={current} />
      {inviteOpen && (
        <InviteModal
          organization={org}
          onClose={() => setInviteOpen(false)}
          onManageSeats={() => {
            setInviteOpen(false);
            setSeatsOpen(true);
          }}
        />
      )}
      {seatsOpen && (
        <ManageSeatsDialog orgId={org.id} seats={org.seats} onClose={() => setSeatsOpen(false)} />
      )}
    </>
  );
}
