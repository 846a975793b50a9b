import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { AccountPage } from './account/account-page.tsx';
import { AuditLogPage } from './audit/audit-log-page.tsx';
import { AuthPage, authSearch } from './auth/auth-page.tsx';
import { ForgotPasswordPage, forgotPasswordSearch } from './auth/forgot-password-page.tsx';
import { CheckingSession, requireSession, SessionCheckFailed, SignedIn } from './auth/require-session.tsx';
import { ResetPasswordPage, resetPasswordSearch } from './auth/reset-password-page.tsx';
import { VerifyEmailPage, verifyEmailSearch } from './auth/verify-email-page.tsx';
import { BillingPage, billingSearch } from './billing/billing-page.tsx';
import { CheckoutReturnPage, checkoutSearch } from './billing/checkout-return-page.tsx';
import { InvitationsPage } from './invitations/invitations-page.tsx';
import { InvitePage, invitePageSearch } from './invites/invite-page.tsx';
import { NotFoundPage } from './layout/not-found-page.tsx';
import { MembersPage, membersSearch } from './members/members-page.tsx';
import { PreferencesPage } from './notifications/preferences-page.tsx';
import { OrganizationsPage, organizationsSearch } from './organizations/organizations-page.tsx';
import { SettingsPage } from './organizations/settings-page.tsx';

/** What every route's beforeLoad and loader gets: the app's one query cache. */
export type RouterContext = { queryClient: QueryClient };

// Every screen and the URL it lives at. The server sends index.html for any GET outside
// /api (src/server/plugins/web-app.ts) and writes some of these URLs into mails and payment
// return links: /join/…, /verify-email, /reset-password, /sign-in, /checkout/…, and
// /organizations/…/members and …/billing. Keep those paths, and their search params, working.
// A page reads its params and search as props; its search schema lives beside it.

const root = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

// Reached signed out too: from mailed links, or (the invite) offering sign-in itself.

const signIn = createRoute({
  getParentRoute: () => root,
  path: '/sign-in',
  validateSearch: authSearch,
  component: (): ReactNode => <AuthPage mode="sign-in" search={signIn.useSearch()} />,
});

const signUp = createRoute({
  getParentRoute: () => root,
  path: '/sign-up',
  validateSearch: authSearch,
  component: (): ReactNode => <AuthPage mode="sign-up" search={signUp.useSearch()} />,
});

const forgotPassword = createRoute({
  getParentRoute: () => root,
  path: '/forgot-password',
  validateSearch: forgotPasswordSearch,
  component: (): ReactNode => <ForgotPasswordPage search={forgotPassword.useSearch()} />,
});

const resetPassword = createRoute({
  getParentRoute: () => root,
  path: '/reset-password',
  validateSearch: resetPasswordSearch,
  component: (): ReactNode => <ResetPasswordPage search={resetPassword.useSearch()} />,
});

const verifyEmail = createRoute({
  getParentRoute: () => root,
  path: '/verify-email',
  validateSearch: verifyEmailSearch,
  component: (): ReactNode => <VerifyEmailPage search={verifyEmail.useSearch()} />,
});

const invite = createRoute({
  getParentRoute: () => root,
  path: '/join/$orgId/$token',
  validateSearch: invitePageSearch,
  component: (): ReactNode => <InvitePage {...invite.useParams()} from={invite.useSearch().from} />,
});

// Signed in only: the layout's guard sends anyone else to sign in, and back here after.

const signedIn = createRoute({
  getParentRoute: () => root,
  id: 'signed-in',
  beforeLoad: requireSession,
  component: SignedIn,
  pendingComponent: CheckingSession,
  errorComponent: SessionCheckFailed,
  // Shown at once and for as long as the check takes, as before the router.
  pendingMs: 0,
  pendingMinMs: 0,
});

const home = createRoute({
  getParentRoute: () => signedIn,
  path: '/',
  validateSearch: organizationsSearch,
  component: (): ReactNode => <OrganizationsPage search={home.useSearch()} />,
});

const organizations = createRoute({
  getParentRoute: () => signedIn,
  path: '/organizations',
  validateSearch: organizationsSearch,
  component: (): ReactNode => <OrganizationsPage search={organizations.useSearch()} />,
});

const organization = createRoute({
  getParentRoute: () => signedIn,
  path: '/organizations/$orgId',
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/organizations/$orgId/members', params, replace: true });
  },
});

const members = createRoute({
  getParentRoute: () => signedIn,
  path: '/organizations/$orgId/members',
  validateSearch: membersSearch,
  component: (): ReactNode => <MembersPage orgId={members.useParams().orgId} search={members.useSearch()} />,
});

const settings = createRoute({
  getParentRoute: () => signedIn,
  path: '/organizations/$orgId/settings',
  component: (): ReactNode => <SettingsPage orgId={settings.useParams().orgId} />,
});

const billing = createRoute({
  getParentRoute: () => signedIn,
  path: '/organizations/$orgId/billing',
  validateSearch: billingSearch,
  component: (): ReactNode => <BillingPage orgId={billing.useParams().orgId} search={billing.useSearch()} />,
});

const invitations = createRoute({
  getParentRoute: () => signedIn,
  path: '/organizations/$orgId/invitations',
  component: (): ReactNode => <InvitationsPage orgId={invitations.useParams().orgId} />,
});

const auditLog = createRoute({
  getParentRoute: () => signedIn,
  path: '/organizations/$orgId/audit-log',
  component: (): ReactNode => <AuditLogPage orgId={auditLog.useParams().orgId} />,
});

const checkout = createRoute({
  getParentRoute: () => signedIn,
  path: '/checkout/$checkoutId',
  validateSearch: checkoutSearch,
  component: (): ReactNode => (
    <CheckoutReturnPage checkoutId={checkout.useParams().checkoutId} search={checkout.useSearch()} />
  ),
});

const notificationSettings = createRoute({
  getParentRoute: () => signedIn,
  path: '/settings/notifications',
  component: PreferencesPage,
});

const accountSettings = createRoute({
  getParentRoute: () => signedIn,
  path: '/settings/account',
  component: AccountPage,
});

export const routeTree = root.addChildren([
  signIn,
  signUp,
  forgotPassword,
  resetPassword,
  verifyEmail,
  invite,
  signedIn.addChildren([
    home,
    organizations,
    organization,
    members,
    settings,
    billing,
    invitations,
    auditLog,
    checkout,
    notificationSettings,
    accountSettings,
  ]),
]);
