import { and, eq } from 'drizzle-orm';
import type { InvitePreview, ViewerState } from '../../contracts/invites.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { membership } from '../../db/schema/organizations.ts';
import { seatSummary } from '../organizations/organization-view.ts';
import { getPlusStatus } from '../plus/get-plus-status.ts';
import { findPendingRequest } from '../seat-requests/seat-request-queue.ts';
import { domainRestriction } from './email-domain.ts';
import { findValidInvite, type InviteLoader, type ValidInvite } from './find-valid-invite.ts';

/**
 * What the invite page shows before anyone clicks Join: the organization, its free
 * seats and what would happen to this viewer. Never the member list.
 */
export async function previewInvite(
  db: Database,
  options: {
    key: Buffer;
    organizationId: string;
    token: string;
    viewerId: string | null;
    load?: InviteLoader;
    plusBenefits?: string[];
    /** Told which link version answered, for the link's insights (costs the caller nothing here). */
    onFound?: (valid: ValidInvite) => void;
  },
): Promise<InvitePreview> {
  const valid = await findValidInvite(db, options);
  options.onFound?.(valid);
  const seen = describeInvite(valid, 'signed_out', options.plusBenefits ?? []);
  const { organization: org, link } = valid;
  const state = await viewerState(db, org.id, link, seen.seats.available, options.viewerId);
  const preview: InvitePreview = { ...seen, viewer: { state } };
  // Said only to someone signed in through a working link, and only where it helps them on:
  // who will be told of their request, or which addresses the link takes (decision 0032).
  if (state === 'no_seats' || state === 'approval_required' || state === 'request_pending') {
    const name = await ownerName(db, org.id);
    if (name) preview.owner = { name };
  }
  if (state === 'email_domain_not_allowed') preview.allowedDomains = link.allowedDomains;
  return preview;
}

async function ownerName(db: Database, organizationId: string): Promise<string | undefined> {
  const [owner] = await db
    .select({ name: user.name })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.organizationId, organizationId), eq(membership.role, 'owner')));
  return owner?.name;
}

/** The preview of a valid invite for a viewer in `state`: what anyone may see of it. */
export function describeInvite(
  { organization: org, link }: ValidInvite,
  state: ViewerState,
  plusBenefits: string[],
): InvitePreview {
  return {
    organization: { id: org.id, name: org.name, image: org.image, description: org.description },
    plusBenefits,
    seats: seatSummary(org),
    viewer: { state },
    requiresApproval: link.requiresApproval,
  };
}

async function viewerState(
  db: Database,
  organizationId: string,
  link: { allowedDomains: string[]; requiresApproval: boolean },
  available: number,
  viewerId: string | null,
): Promise<ViewerState> {
  if (!viewerId) return 'signed_out';
  const [member] = await db
    .select({ role: membership.role })
    .from(membership)
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, viewerId)));
  if (member) return 'already_member';
  const [viewer] = await db
    .select({ email: user.email, emailVerified: user.emailVerified })
    .from(user)
    .where(eq(user.id, viewerId));
  if (!viewer) return 'signed_out';
  const restricted = domainRestriction(link.allowedDomains, viewer);
  if (restricted) return restricted;
  if (link.requiresApproval) {
    return (await findPendingRequest(db, organizationId, viewerId)) ? 'request_pending' : 'approval_required';
  }
  if ((await getPlusStatus(db, viewerId)).active) return 'joins_without_seat';
  if (available > 0) return 'can_join';
  return (await findPendingRequest(db, organizationId, viewerId)) ? 'request_pending' : 'no_seats';
}
