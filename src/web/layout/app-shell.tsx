import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useSession, useSignOut } from '../auth/session.ts';
import { errorMessage } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { NotificationBell } from '../notifications/bell.tsx';
import { Avatar } from './avatar.tsx';

/** Header, skip link and the main landmark shared by every screen. */
export function AppShell({ children }: { children: ReactNode }) {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = session.data?.user;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link className="brand" to={user ? '/organizations' : '/'}>
          <img src="/favicon.svg" alt="" width="24" height="24" />
          Roster
        </Link>
        {user && (
          <nav aria-label="Account" className="account">
            <NotificationBell />
            <Link className="account-link" to="/settings/account" title={`Your account (${user.email})`}>
              <Avatar name={user.name} image={user.image} size={28} />
              <span className="account-name">{user.name}</span>
            </Link>
            <button
              type="button"
              className="button button-quiet"
              disabled={signOut.isPending}
              onClick={() =>
                signOut.mutate(undefined, { onSuccess: () => void navigate({ to: '/sign-in' }) })
              }
            >
              Sign out
            </button>
          </nav>
        )}
      </header>
      {signOut.isError && (
        <p role="alert" className="banner banner-error">
          Could not sign out: {errorMessage(signOut.error)}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
