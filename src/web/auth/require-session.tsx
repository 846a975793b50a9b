import type { QueryClient } from '@tanstack/react-query';
import { Outlet, type ParsedLocation, redirect, useRouter } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { AppShell } from '../layout/app-shell.tsx';
import { ErrorMessage, Loading } from '../layout/status.tsx';
import { sessionQuery, useSession } from './session.ts';

/**
 * The guard of every signed-in page (the `signed-in` layout route's beforeLoad): asks for
 * the session through the query cache the pages share, and sends a signed-out visitor to
 * sign in with `?next=` set to where they were going, so they come straight back.
 */
export async function requireSession({
  context,
  location,
}: {
  context: { queryClient: QueryClient };
  location: ParsedLocation;
}): Promise<void> {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (session) return;
  throw redirect({
    to: '/sign-in',
    search: location.href === '/' ? {} : { next: location.href },
    replace: true,
  });
}

/**
 * Renders the signed-in pages. A session that ends while one is open (signed out on another
 * device, the session revoked) runs the guard again, which sends the person to sign in.
 */
export function SignedIn(): ReactNode {
  const router = useRouter();
  const signedOut = useSession().data === null;
  useEffect(() => {
    if (signedOut) void router.invalidate();
  }, [signedOut, router]);
  return <Outlet />;
}

export function CheckingSession(): ReactNode {
  return (
    <AppShell>
      <Loading label="Checking whether you are signed in…" />
    </AppShell>
  );
}

export function SessionCheckFailed({ error }: { error: unknown }): ReactNode {
  const router = useRouter();
  return (
    <AppShell>
      <ErrorMessage
        title="Roster could not check your session."
        error={error}
        retry={() => void router.invalidate()}
      />
    </AppShell>
  );
}
