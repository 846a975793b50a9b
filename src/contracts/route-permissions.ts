import type { Action, Resource } from './permissions.ts';

/** A permission from the map in permissions.ts: the one source of who may do what. */
export type Permission = { [R in Resource]: { resource: R; action: Action<R> } }[Resource];

/**
 * Who may call a route:
 * - `public`: anyone, signed in or not;
 * - `signedIn`: any signed-in user;
 * - `operator`: the operator's product, with ROSTER_API_KEY;
 * - `token`: whoever holds a signed token in the URL (e-mail links); the session is ignored;
 * - `member`: any member of the organization in `:orgId` (outsiders get 404);
 * - a permission: members whose role has it (others 403, outsiders 404).
 */
export type RouteRule = 'public' | 'signedIn' | 'operator' | 'token' | 'member' | Permission;

/**
 * Every /api/v1 route and who may call it. The permission-matrix test fails for a route
 * missing here, so a new endpoint cannot ship without a decision about who may use it.
 * Rules that depend on the target (admins cannot remove admins) live in the use cases.
 */
export const routePermissions = {
  'GET /api/v1/me': 'signedIn',
  'PATCH /api/v1/me': 'signedIn',
  'DELETE /api/v1/me': 'signedIn',
  'PUT /api/v1/me/image': 'signedIn',
  'GET /api/v1/user-images/:userId/:hash': 'public',
  'POST /api/v1/me/email-verification': 'signedIn',
  'POST /api/v1/me/email': 'signedIn',
  'POST /api/v1/me/password': 'signedIn',
  'GET /api/v1/me/sessions': 'signedIn',
  'POST /api/v1/me/sessions/sign-out-others': 'signedIn',
  // The link's token decides; a session plays no part (e-mail verification, password reset).
  'POST /api/v1/email-verification': 'token',
  'POST /api/v1/password-reset': 'public',
  'POST /api/v1/password-reset/complete': 'token',
  'GET /api/v1/organizations': 'signedIn',
  'POST /api/v1/organizations': 'signedIn',
  'GET /api/v1/organizations/:orgId': { resource: 'organization', action: 'read' },
  'PATCH /api/v1/organizations/:orgId': { resource: 'organization', action: 'update' },
  'DELETE /api/v1/organizations/:orgId': { resource: 'organization', action: 'delete' },
  'PUT /api/v1/organizations/:orgId/image': { resource: 'organization', action: 'update' },
  'GET /api/v1/organization-images/:orgId/:hash': 'public',
  'POST /api/v1/organizations/:orgId/transfer-ownership': {
    resource: 'organization',
    action: 'transferOwnership',
  },
  'GET /api/v1/organizations/:orgId/members': { resource: 'members', action: 'read' },
  // Also `seats.assign` for a seat change; both are owner/admin rights.
  'PATCH /api/v1/organizations/:orgId/members/:userId': { resource: 'members', action: 'promote' },
  'DELETE /api/v1/organizations/:orgId/members/:userId': { resource: 'members', action: 'remove' },
  // Also `members.remove` or `seats.assign`, per the action; all owner/admin rights.
  'POST /api/v1/organizations/:orgId/members/bulk': { resource: 'members', action: 'promote' },
  // Holds e-mail addresses and activity: for those who see them in the list.
  'GET /api/v1/organizations/:orgId/members.csv': { resource: 'members', action: 'readPrivate' },
  'POST /api/v1/organizations/:orgId/leave': 'member',
  'GET /api/v1/organizations/:orgId/seats/restorable': { resource: 'seats', action: 'assign' },
  'POST /api/v1/organizations/:orgId/seats/restore': { resource: 'seats', action: 'assign' },
  'GET /api/v1/organizations/:orgId/audit-log': { resource: 'auditLog', action: 'read' },
  'GET /api/v1/organizations/:orgId/audit-log.csv': { resource: 'auditLog', action: 'read' },
  'GET /api/v1/organizations/:orgId/invite-link': { resource: 'inviteLink', action: 'read' },
  'PATCH /api/v1/organizations/:orgId/invite-link': { resource: 'inviteLink', action: 'update' },
  'GET /api/v1/organizations/:orgId/invite-link/insights': { resource: 'inviteLink', action: 'read' },
  'POST /api/v1/organizations/:orgId/invite-link/regenerate': {
    resource: 'inviteLink',
    action: 'regenerate',
  },
  'GET /api/v1/organizations/:orgId/invitations': { resource: 'invitations', action: 'read' },
  'GET /api/v1/organizations/:orgId/invitations.csv': { resource: 'invitations', action: 'read' },
  'POST /api/v1/organizations/:orgId/invitations': { resource: 'invitations', action: 'send' },
  'POST /api/v1/organizations/:orgId/invitations/preview': { resource: 'invitations', action: 'send' },
  'POST /api/v1/organizations/:orgId/invitations/resend': { resource: 'invitations', action: 'send' },
  'DELETE /api/v1/organizations/:orgId/invitations/:invitationId': {
    resource: 'invitations',
    action: 'send',
  },
  'GET /api/v1/invites/:orgId/:token': 'public',
  'GET /api/v1/identity-providers': 'public',
  'POST /api/v1/invites/:orgId/:token/join': 'signedIn',
  'GET /api/v1/notifications': 'signedIn',
  'GET /api/v1/notifications/unread-count': 'signedIn',
  'POST /api/v1/notifications/read': 'signedIn',
  'GET /api/v1/me/notification-preferences': 'signedIn',
  'PUT /api/v1/me/notification-preferences': 'signedIn',
  'GET /api/v1/unsubscribe': 'token',
  'POST /api/v1/unsubscribe': 'token',
  'GET /api/v1/notifications/stream': 'signedIn',
  'GET /api/v1/invites/:orgId/:token/stream': 'public',
  'POST /api/v1/webhooks': 'operator',
  'GET /api/v1/webhooks': 'operator',
  'DELETE /api/v1/webhooks/:webhookId': 'operator',
  'GET /api/v1/admin/outbox': 'operator',
  'POST /api/v1/admin/outbox/:outboxId/retry': 'operator',
  'PUT /api/v1/users/:userId/plus': 'operator',
  'GET /api/v1/users/:userId/entitlements': 'operator',
  'GET /api/v1/organizations/:orgId/billing': { resource: 'seats', action: 'manageBilling' },
  'POST /api/v1/organizations/:orgId/billing/seats/preview': { resource: 'seats', action: 'manageBilling' },
  'PUT /api/v1/organizations/:orgId/billing/seats': { resource: 'seats', action: 'manageBilling' },
  'POST /api/v1/organizations/:orgId/billing/portal': { resource: 'seats', action: 'manageBilling' },
  'POST /api/v1/organizations/:orgId/billing/checkout': { resource: 'seats', action: 'manageBilling' },
  'GET /api/v1/billing': 'signedIn',
  'POST /api/v1/billing/checkout': 'signedIn',
  // Only the person who started it; anyone else gets CHECKOUT_NOT_FOUND (core/billing/checkout-view.ts).
  'GET /api/v1/billing/checkout/:checkoutId': 'signedIn',
  // Stripe calls it with no session; the signature over the body is what lets an event in.
  'POST /api/v1/billing/stripe/webhook': 'public',
  'GET /api/v1/admin/billing/reconciliation': 'operator',
  'POST /api/v1/admin/billing/reconcile': 'operator',
  'POST /api/v1/invites/:orgId/:token/seat-request': 'signedIn',
  'DELETE /api/v1/invites/:orgId/:token/seat-request': 'signedIn',
  'GET /api/v1/organizations/:orgId/seat-requests': { resource: 'seats', action: 'assign' },
  'POST /api/v1/organizations/:orgId/seat-requests/:requestId/admit': { resource: 'seats', action: 'assign' },
  'POST /api/v1/organizations/:orgId/seat-requests/:requestId/decline': {
    resource: 'seats',
    action: 'assign',
  },
} as const satisfies Record<string, RouteRule>;

export type RouteKey = keyof typeof routePermissions;
