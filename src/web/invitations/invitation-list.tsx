import { useId, useState } from 'react';
import type { Invitation, InvitationStatus } from '../../contracts/invitations.ts';
import { ShowMoreButton } from '../layout/show-more-button.tsx';
import { ErrorMessage, Loading } from '../layout/status.tsx';
import { ApiError, errorMessage } from '../lib/api.ts';
import { timeAgo } from '../members/format.ts';
import { invitationsPath, useInvitations, useResend, useRevoke } from './queries.ts';

const statusLabel: Record<InvitationStatus, string> = {
  invited: 'Invited',
  opened: 'Opened',
  joined: 'Joined',
  revoked: 'Revoked',
};
const DAY_MS = 24 * 60 * 60 * 1000;

/** Every invitation as invited → opened → joined (or revoked), with Resend and Revoke. */
export function InvitationList({ orgId }: { orgId: string }) {
  const id = useId();
  const list = useInvitations(orgId);
  const resendAll = useResend(orgId);
  // Counts are of every page; each page carries them, the newest read is the freshest.
  const counts = list.data?.pages.at(-1);
  // A resend moves an invitation to the top: pages read at different times may both hold it.
  const invitations = [
    ...new Map((list.data?.pages.flatMap((p) => p.invitations) ?? []).map((i) => [i.id, i])).values(),
  ];
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`} className="section-title">
          Sent invitations
        </h2>
        {invitations.length > 0 && (
          <a className="button button-small" href={`${invitationsPath(orgId)}.csv`} download>
            Download CSV
          </a>
        )}
      </div>
      {list.isPending && <Loading label="Loading the invitations…" />}
      {list.isError && (
        <ErrorMessage
          title="The invitations could not be loaded."
          error={list.error}
          retry={() => void list.refetch()}
        />
      )}
      {counts && counts.needsNewLink > 0 && (
        <div className="banner banner-warning banner-with-action" role="status" data-testid="needs-new-link">
          <p>
            The invite link was reset:{' '}
            {counts.needsNewLink === 1 ? '1 invitation carries' : `${counts.needsNewLink} invitations carry`}{' '}
            the old link, which no longer works.
          </p>
          <button
            type="button"
            className="button banner-action-wrap"
            disabled={resendAll.isPending}
            onClick={() => resendAll.mutate({ needsNewLink: true })}
          >
            {resendAll.isPending ? 'Sending…' : 'Resend all with the new link'}
          </button>
        </div>
      )}
      {resendAll.isError && (
        <p className="banner banner-error" role="alert">
          {errorMessage(resendAll.error)}
        </p>
      )}
      {list.data && invitations.length === 0 && <p className="empty">No invitations sent yet.</p>}
      {invitations.length > 0 && (
        <>
          {counts && counts.total > invitations.length && (
            <p className="muted" data-testid="invitations-shown">
              Showing the newest {invitations.length.toLocaleString('en-US')} of{' '}
              {counts.total.toLocaleString('en-US')} invitations.
            </p>
          )}
          <ul className="request-list" aria-label="Invitations">
            {invitations.map((invitation) => (
              <InvitationRow key={invitation.id} orgId={orgId} invitation={invitation} />
            ))}
          </ul>
          <ShowMoreButton pages={list} label="Show older invitations" />
        </>
      )}
    </section>
  );
}

function InvitationRow({ orgId, invitation }: { orgId: string; invitation: Invitation }) {
  const [confirming, setConfirming] = useState(false);
  const resend = useResend(orgId);
  const revoke = useRevoke(orgId);
  const pending = invitation.status === 'invited' || invitation.status === 'opened';
  const recent = !invitation.needsNewLink && Date.now() - new Date(invitation.sentAt).getTime() < DAY_MS;
  const doResend = (confirmRepeat: boolean) =>
    resend.mutate(
      { ids: [invitation.id], ...(confirmRepeat && { confirmRepeat: true }) },
      {
        onSuccess: () => setConfirming(false),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'INVITATION_SENT_RECENTLY') setConfirming(true);
        },
      },
    );
  const when =
    invitation.status === 'joined' && invitation.joinedAt
      ? `joined ${timeAgo(invitation.joinedAt)}`
      : invitation.status === 'opened' && invitation.openedAt
        ? `opened ${timeAgo(invitation.openedAt)}`
        : `sent ${timeAgo(invitation.sentAt)}${invitation.sendCount > 1 ? ` (${invitation.sendCount} times)` : ''}`;
  return (
    <li className="request-row" data-testid="invitation-row">
      <div className="request-who">
        <strong>{invitation.email}</strong>
        <br />
        <span className={`badge badge-status-${invitation.status === 'revoked' ? 'ended' : 'ok'}`}>
          {statusLabel[invitation.status]}
        </span>{' '}
        {invitation.needsNewLink && <span className="badge badge-status-warning">Needs the new link</span>}{' '}
        <span className="muted">{when}</span>
      </div>
      {pending && !confirming && (
        <div className="request-actions">
          <button
            type="button"
            className="button button-small"
            disabled={resend.isPending}
            onClick={() => (recent ? setConfirming(true) : doResend(false))}
            aria-label={`Resend the invitation to ${invitation.email}`}
          >
            Resend
          </button>
          <button
            type="button"
            className="button button-small button-danger-quiet"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate(invitation.id)}
            aria-label={`Revoke the invitation to ${invitation.email}`}
          >
            Revoke
          </button>
        </div>
      )}
      {confirming && (
        <div className="request-actions" role="alert">
          <span>Sent less than a day ago. Send again?</span>
          <button type="button" className="button button-small button-primary" onClick={() => doResend(true)}>
            Send again
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {(resend.isError || revoke.isError) && !confirming && (
        <p className="form-error" role="alert">
          {errorMessage(resend.error ?? revoke.error)}
        </p>
      )}
    </li>
  );
}
