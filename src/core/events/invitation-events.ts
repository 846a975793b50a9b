import { type Entries, noEffects } from './registry.ts';

/**
 * What e-mail invitations set in motion (decision 0030); part of the one registry. A batch
 * or a resend queues one mail per invitation, set-based in the expander's statement; the
 * addresses are read from the invitation rows there, so none of them is in the event.
 */
export const invitationEvents: Entries<
  'invitations.sent' | 'invitations.resent' | 'invitation.revoked' | 'invitation.opened'
> = {
  'invitations.sent': {
    effects: (event) => ({ ...noEffects, invitationMails: event.data.invitationIds }),
    liveSeats: () => null,
  },
  'invitations.resent': {
    effects: (event) => ({ ...noEffects, invitationMails: event.data.invitationIds }),
    liveSeats: () => null,
  },
  'invitation.revoked': { effects: () => noEffects, liveSeats: () => null },
  'invitation.opened': { effects: () => noEffects, liveSeats: () => null },
};
