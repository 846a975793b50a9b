import type { ReactNode } from 'react';
import { AccountPage } from './account/account-page.tsx';
import { AuditLogPage } from './audit/audit-log-page.tsx';
import { AuthPage } from './auth/auth-page.tsx';
import { ForgotPasswordPage } from './auth/forgot-password-page.tsx';
import { ResetPasswordPage } from './auth/reset-password-page.tsx';
import { useSession } from './auth/session.ts';
import { VerifyEmailPage } from './auth/verify-email-page.tsx';
import { BillingPage } from './billing/billing-page.tsx';
import { CheckoutReturnPage } from './billing/checkout-return-page.tsx';
import { InvitePage } from './invites/invite-page.tsx';
import { AppShell } from './layout/app-shell.tsx';
import { ErrorMessage, Loading, useTitle } from './layout/status.tsx';
import { Link, match, Redirect, useLocation } from './lib/router.tsx';
import { MembersPage } from './members/members-page.tsx';
import { PreferencesPage } from './notifications/preferences-page.tsx';
import { OrganizationsPage } from './organizations/organizations-page.tsx';
import { SettingsPage } from './organizations/settings-page.tsx';

/** Every screen and the URL it lives at. */
export function App() {
  const { pathname, href } = useLocation();
  if (pathname === '/sign-in') return <AuthPage mode="sign-in" />;
  if (pathname === '/sign-up') return <AuthPage mode="sign-up" />;
  // Reached from mailed links, signed in or not.
  if (pathname === '/forgot-password') return <ForgotPasswordPage />;
  if (pathname === '/reset-password') return <ResetPasswordPage />;
  if (pathname === '/verify-email') return <VerifyEmailPage />;
  const invite = match('/join/:orgId/:token', pathname);
  // The invite page works signed out too: it offers sign-in itself.
  if (invite) return <InvitePage orgId={invite.orgId!} token={invite.token!} />;

  const page = signedInPage(pathname);
  if (!page) return <NotFound />;
  return <RequireSession next={href}>{page}</RequireSession>;
}

function signedInPage(pathname: string): ReactNode {
  if (pathname === '/' || pathname === '/organizations') return <OrganizationsPage />;
  if (pathname === '/settings/notifications') return <PreferencesPage />;
  if (pathname === '/settings/account') return <AccountPage />;
  const members = match('/organizations/:orgId/members', pathname);
  if (members) return <MembersPage orgId={members.orgId!} />;
  const settings = match('/organizations/:orgId/settings', pathname);
  if (settings) return <SettingsPage orgId={settings.orgId!} />;
  const billing = match('/organizations/:orgId/billing', pathname);
  if (billing) return <BillingPage orgId={billing.orgId!} />;
  const checkout = match('/checkout/:checkoutId', pathname);
  if (checkout) return <CheckoutReturnPage checkoutId={checkout.checkoutId!} />;
  const audit = match('/organizations/:orgId/audit-log', pathname);
  if (audit) return <AuditLogPage orgId={audit.orgId!} />;
  const org = match('/organizations/:orgId', pathname);
  if (org) return <Redirect to={`/organizations/${org.orgId}/members`} />;
  return null;
}

function RequireSession({ next, children }: { next: string; children: ReactNode }) {
  const session = useSession();
  if (session.isPending) {
    return (
      <AppShell>
        <Loading label="Checking whether you are signed in…" />
      </AppShell>
    );
  }
  if (session.isError) {
    return (
      <AppShell>
        <ErrorMessage
          title="Roster could not check your session."
          error={session.error}
          retry={() => void session.refetch()}
        />
      </AppShell>
    );
  }
  if (!session.data)
    return <Redirect to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} />;
  return children;
}

function NotFound() {
  useTitle('Page not found');
  return (
    <AppShell>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link was not copied in full.</p>
      <Link className="button" href="/organizations">
        Go to my organizations
      </Link>
    </AppShell>
  );
}
