import { useLocation, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { type InvitePreview, invitePreviewQuery } from '../../contracts/invites.ts';
import { useResendVerification } from '../account/queries.ts';
import { ProviderButtons } from '../auth/provider-buttons.tsx';
import { useSession, useSignOut } from '../auth/session.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { Avatar } from '../layout/avatar.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { ApiError, errorMessage } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { InvalidInvite } from './invalid-invite.tsx';
import { useLiveInviteSeats } from './live-invite-seats.ts';
import { useInvitePreview, useJoin } from './queries.ts';
import { Requested, RequestSeat } from './seat-request-buttons.tsx';

/** `?from=sign-up`: the account was just created to come back here (counted in the link's insights). */
export const invitePageSearch = invitePreviewQuery;

/**
 * What someone holding the link sees: the organization, its free seats and one clear next
 * step for who they are. Never the member list. The server sends this page with no-store,
 * no-referrer and noindex (src/server/plugins/web-app.ts).
 */
export function InvitePage({ orgId, token, from }: { orgId: string; token: string; from?: 'sign-up' }) {
  const preview = useInvitePreview(orgId, token, from);
  const navigate = useNavigate();
  // Sent once: the address bar goes back to the link as shared.
  useEffect(() => {
    if (from && preview.isSuccess) {
      void navigate({ to: '/join/$orgId/$token', params: { orgId, token }, search: {}, replace: true });
    }
  }, [from, preview.isSuccess, navigate, orgId, token]);
  useLiveInviteSeats(orgId, token, preview.isSuccess);
  useTitle(preview.data ? `Join ${preview.data.organization.name}` : 'Invitation');

  if (preview.isPending) {
    return (
      <AppShell>
        <Loading label="Opening the invitation…" />
      </AppShell>
    );
  }
  if (preview.isError) {
    if (preview.error instanceof ApiError && preview.error.code === 'INVITE_INVALID')
      return <InvalidInvite />;
    return (
      <AppShell>
        <div className="narrow">
          <ErrorMessage
            title="The invitation could not be opened."
            error={preview.error}
            retry={() => void preview.refetch()}
          />
        </div>
      </AppShell>
    );
  }
  const { organization, seats, plusBenefits } = preview.data;
  return (
    <AppShell>
      <div className="narrow">
        <section className="card invite-card" aria-labelledby="invite-title">
          <Avatar name={organization.name} image={organization.image} size={64} />
          <p className="muted invite-kicker">
            {preview.data.viewer.state === 'already_member'
              ? 'You’re already a member of'
              : 'You are invited to join'}
          </p>
          <h1 id="invite-title">{organization.name}</h1>
          {/* Plain text from the organization: React renders it as text, never as HTML. */}
          {organization.description && <p className="invite-description">{organization.description}</p>}
          <p className="invite-seats">
            {seats.available > 0
              ? `${seats.available} of ${seats.total} Plus seats available`
              : `All ${seats.total} Plus seats are taken`}
          </p>
          {plusBenefits.length > 0 && (
            <section aria-labelledby="invite-benefits" className="invite-benefits">
              <h2 id="invite-benefits" className="section-title">
                What Plus gives you
              </h2>
              <ul>
                {plusBenefits.map((benefit) => (
                  <li key={benefit}>{benefit}</li>
                ))}
              </ul>
            </section>
          )}
          <InviteAction preview={preview.data} orgId={orgId} token={token} />
        </section>
      </div>
    </AppShell>
  );
}

function InviteAction({ preview, orgId, token }: { preview: InvitePreview; orgId: string; token: string }) {
  const join = useJoin(orgId, token);
  const navigate = useNavigate();
  const here = useLocation({ select: (location) => location.pathname });
  const name = preview.organization.name;
  const joinButton = (label: string) => (
    <>
      <button
        type="button"
        className="button button-primary button-large"
        disabled={join.isPending}
        onClick={() =>
          join.mutate(undefined, {
            onSuccess: () =>
              void navigate({
                to: '/organizations/$orgId/members',
                params: { orgId },
                search: { welcome: '1' },
              }),
          })
        }
      >
        {join.isPending ? 'Joining…' : label}
      </button>
      {join.isError && (
        <p className="form-error" role="alert">
          {errorMessage(join.error)}
        </p>
      )}
    </>
  );

  switch (preview.viewer.state) {
    case 'signed_out':
      return (
        <Action note={`Sign in or create a free account to join ${name}. You will come straight back here.`}>
          <ProviderButtons next={here} />
          <Link className="button button-primary button-large" to="/sign-in" search={{ next: here }}>
            Sign in to join
          </Link>
          <Link className="button button-large" to="/sign-up" search={{ next: here }}>
            Create account
          </Link>
        </Action>
      );
    case 'can_join':
      return (
        <Action note={`You get Plus as soon as you join, on one of ${name}'s seats.`} who>
          {joinButton(`Join ${name}`)}
        </Action>
      );
    case 'joins_without_seat':
      return (
        <Action
          note={`You already have Plus, so you will join without taking one of ${name}'s seats. Your own Plus stays exactly as it is.`}
          who
        >
          {joinButton(`Join ${name}`)}
        </Action>
      );
    case 'no_seats':
      return (
        <Action
          note={`No seats left in ${name}. Request one and ${toldWho(preview)} will be told; you join as soon as a seat is free.`}
          who
        >
          <RequestSeat orgId={orgId} token={token} primary />
        </Action>
      );
    case 'approval_required':
      return (
        <Action
          note={`${name} lets each person in itself. Ask to join: ${toldWho(preview, true)} will be told, and you join as soon as one of them approves.`}
          who
        >
          <RequestSeat orgId={orgId} token={token} label="Ask to join" primary />
        </Action>
      );
    case 'request_pending':
      return (
        <Action who>
          <Requested
            orgId={orgId}
            token={token}
            note={
              preview.requiresApproval
                ? `${capitalise(toldWho(preview, true))} have been told. You join as soon as one of them approves, and we will let you know.`
                : `${capitalise(toldWho(preview))} has been told. You join as soon as a seat is free, and we will let you know.`
            }
          />
        </Action>
      );
    case 'already_member':
      return (
        <Action note={`You’re already a member of ${name}: nothing more to do here.`} who>
          <Link
            className="button button-primary button-large"
            to="/organizations/$orgId/members"
            params={{ orgId }}
          >
            Go to {name}
          </Link>
        </Action>
      );
    case 'email_domain_not_allowed':
      return (
        <Action
          note={`This invite link only accepts e-mail addresses at ${domainList(preview.allowedDomains)}, and the address you signed in with is not one of them. Sign in with an account at ${preview.allowedDomains?.length === 1 ? 'that domain' : 'one of those domains'} to join ${name}.`}
          who
          switchAccount={here}
        />
      );
    case 'email_not_verified':
      return <CheckInbox orgName={name} here={here} />;
  }
}

/**
 * A domain-restricted link and an address not verified yet: the mail sent at sign-up (or a
 * new one) verifies it and brings the person back here, where Join then works.
 */
function CheckInbox({ orgName, here }: { orgName: string; here: string }) {
  const session = useSession();
  const resend = useResendVerification();
  const email = session.data?.user.email ?? 'your address';
  return (
    <Action
      note={`${orgName} admits only verified addresses at its domains. The link in our e-mail verifies yours and brings you back here.`}
      who
      switchAccount={here}
    >
      <p className="notice" role="status">
        Check your inbox at {email}
      </p>
      <button
        type="button"
        className="button button-large"
        disabled={resend.isPending}
        onClick={() => resend.mutate(here)}
      >
        {resend.isPending ? 'Sending…' : 'Resend the e-mail'}
      </button>
      {resend.isSuccess && <p className="field-hint">{resend.data.message}</p>}
      {resend.isError && (
        <p className="form-error" role="alert">
          {errorMessage(resend.error)}
        </p>
      )}
    </Action>
  );
}

/** "Olivia, the owner" when the preview names the owner; a plain "the owner" otherwise. */
function toldWho(preview: InvitePreview, withAdmins = false): string {
  const owner = preview.owner?.name;
  if (withAdmins) return owner ? `${owner}, the owner, and the admins` : 'the owner and the admins';
  return owner ? `${owner}, the owner,` : 'the owner';
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function domainList(domains: string[] | undefined): string {
  if (!domains || domains.length === 0) return 'the domains the organization chose';
  const named = domains.map((d) => `@${d}`);
  return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
}

/** The note, the buttons, and who is signed in (with a way to switch accounts). */
function Action({
  note,
  who,
  switchAccount,
  children,
}: {
  note?: string;
  who?: boolean;
  switchAccount?: string;
  children?: ReactNode;
}) {
  return (
    <div className="invite-action">
      {note && <p>{note}</p>}
      {children && <div className="invite-buttons">{children}</div>}
      {who && <SignedInAs switchTo={switchAccount} />}
    </div>
  );
}

function SignedInAs({ switchTo }: { switchTo?: string | undefined }) {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const here = useLocation({ select: (location) => location.pathname });
  const user = session.data?.user;
  if (!user) return null;
  const back = switchTo ?? here;
  return (
    <p className="muted signed-in-as">
      Signed in as {user.email}.{' '}
      <button
        type="button"
        className={switchTo ? 'button button-primary' : 'link-button'}
        onClick={() =>
          signOut.mutate(undefined, {
            onSuccess: () => void navigate({ to: '/sign-in', search: { next: back } }),
          })
        }
      >
        {switchTo ? 'Sign in with another account' : 'Not you? Switch account'}
      </button>
    </p>
  );
}
