import type { ReactNode } from 'react';
import { useSession } from '../auth/session.ts';
import { Link } from '../lib/link.tsx';
import { NotificationBell } from '../notifications/bell.tsx';
import { AccountMenu } from './account-menu.tsx';

/** Header (bell and account menu when signed in), skip link and the main landmark of every screen. */
export function AppShell({ children }: { children: ReactNode }) {
  const session = useSession();
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
            <AccountMenu user={user} />
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
