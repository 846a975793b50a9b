import type { Invitation } from '../../contracts/invitations.ts';

export type InvitationRow = {
  id: string;
  email: string;
  status: Invitation['status'];
  link_version: number;
  current_version: number;
  invited_by_id: string | null;
  invited_by_name: string | null;
  sent_at: Date | string;
  opened_at: Date | string | null;
  joined_at: Date | string | null;
  send_count: number;
};

const iso = (value: Date | string) => new Date(value).toISOString();

/** An invitation as owners and admins see it; "needs the new link" is derived, never stored. */
export function invitationView(row: InvitationRow): Invitation {
  const pending = row.status === 'invited' || row.status === 'opened';
  return {
    id: row.id,
    email: row.email,
    status: row.status,
    needsNewLink: pending && row.link_version < row.current_version,
    invitedBy: row.invited_by_id ? { id: row.invited_by_id, name: row.invited_by_name ?? '' } : null,
    sentAt: iso(row.sent_at),
    openedAt: row.opened_at === null ? null : iso(row.opened_at),
    joinedAt: row.joined_at === null ? null : iso(row.joined_at),
    sendCount: row.send_count,
  };
}

/** The columns `invitationView` reads, for `FROM invitation i JOIN invite_link l … LEFT JOIN "user" u`. */
export const invitationColumns = `i.id, i.email, i.status, i.link_version, l.version AS current_version,
  u.id AS invited_by_id, u.name AS invited_by_name, i.sent_at, i.opened_at, i.joined_at, i.send_count`;
