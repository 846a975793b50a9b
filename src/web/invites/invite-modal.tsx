import type { Organization } from '../../contracts/organizations.ts';
import { can } from '../../contracts/permissions.ts';
import { Dialog } from '../layout/dialog.tsx';
import { ErrorMessage, Loading } from '../layout/status.tsx';
import { Link } from '../lib/link.tsx';
import { CopyLinkField } from './copy-link-field.tsx';
import { LinkInsights } from './link-insights.tsx';
import { LinkSettings } from './link-settings.tsx';
import { QrCode } from './qr-code.tsx';
import { useInviteLink } from './queries.ts';
import { RegenerateLink } from './regenerate-link.tsx';
import { SeatStatus } from './seat-status.tsx';
import { ShareLink, useShareSheet } from './share-link.tsx';

/** The one invite link of the organization: copy it, scan or share it, reset it, restrict it. */
export function InviteModal({
  organization,
  onClose,
  onManageSeats,
}: {
  organization: Organization;
  onClose: () => void;
  onManageSeats: () => void;
}) {
  const link = useInviteLink(organization.id);
  const role = organization.viewer.role;
  const shareSheet = useShareSheet();
  return (
    <Dialog title={`Invite members to ${organization.name}`} onClose={onClose} className="invite-modal">
      <p className="muted">
        Anyone who opens this link can join {organization.name}. Share it with your team only.
      </p>
      <SeatStatus
        seats={organization.seats}
        onManageSeats={can(role, 'seats', 'manageBilling') ? onManageSeats : undefined}
      />
      {link.isPending && <Loading label="Loading the invite link…" />}
      {link.isError && (
        <ErrorMessage
          title="The invite link could not be loaded."
          error={link.error}
          retry={() => void link.refetch()}
        />
      )}
      {link.data && (
        <>
          <LinkState paused={link.data.paused} expiresAt={link.data.expiresAt} />
          <CopyLinkField url={link.data.url} />
          {shareSheet ? (
            <ShareLink url={link.data.url} organizationName={organization.name} />
          ) : (
            <QrCode url={link.data.url} organizationName={organization.name} />
          )}
          <p className="muted">
            {link.data.joins === 1 ? '1 person has' : `${link.data.joins} people have`} joined with this link.
          </p>
          {can(role, 'invitations', 'send') && (
            <p>
              <Link to="/organizations/$orgId/invitations" params={{ orgId: organization.id }}>
                Invite people by e-mail
              </Link>{' '}
              <span className="muted">— paste up to 500 addresses; each gets the link.</span>
            </p>
          )}
          {can(role, 'inviteLink', 'regenerate') && <RegenerateLink orgId={organization.id} />}
          <details className="settings-details">
            <summary>Link insights</summary>
            <LinkInsights orgId={organization.id} />
          </details>
          {can(role, 'inviteLink', 'update') && (
            <details className="settings-details">
              <summary>Link settings</summary>
              <LinkSettings key={link.data.url} orgId={organization.id} link={link.data} />
            </details>
          )}
        </>
      )}
    </Dialog>
  );
}

function LinkState({ paused, expiresAt }: { paused: boolean; expiresAt: string | null }) {
  const expired = expiresAt !== null && new Date(expiresAt) <= new Date();
  if (!paused && !expired) return null;
  return (
    <p className="banner banner-warning" role="status">
      {paused
        ? 'This link is paused: nobody can join until you resume it in the link settings.'
        : 'This link has expired: nobody can join until you change the expiry in the link settings.'}
    </p>
  );
}
