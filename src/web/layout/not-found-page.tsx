import type { ReactNode } from 'react';
import { Link } from '../lib/link.tsx';
import { AppShell } from './app-shell.tsx';
import { useTitle } from './status.tsx';

/** Any address that is no route of the app (the router's notFoundComponent). */
export function NotFoundPage(): ReactNode {
  useTitle('Page not found');
  return (
    <AppShell>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link was not copied in full.</p>
      <Link className="button" to="/organizations">
        Go to my organizations
      </Link>
    </AppShell>
  );
}
