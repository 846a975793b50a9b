import type { Member } from '../../contracts/members.ts';
import { Avatar } from '../layout/avatar.tsx';
import { PlusBadge, RoleBadge } from '../organizations/role-badge.tsx';
import { fullDate, shortDate, timeAgo } from './format.ts';

/**
 * The member list. Owners and admins also get e-mail addresses and last activity (the API
 * sends them only to those roles). Below 640 px each row becomes a card (see styles.css).
 */
export function MemberTable({
  members,
  showPrivate,
  viewerId,
  canManage,
  onManage,
  selection,
}: {
  members: Member[];
  showPrivate: boolean;
  viewerId: string | undefined;
  /** Which rows get a Manage button; absent when the viewer can manage nobody. */
  canManage?: (member: Member) => boolean;
  onManage?: (member: Member) => void;
  /** Checkboxes for bulk changes, on the rows the viewer can manage. */
  selection?: { selected: Set<string>; onChange: (userIds: string[], selected: boolean) => void };
}) {
  const selectable = selection && canManage ? members.filter(canManage).map((m) => m.user.id) : [];
  const allSelected = selectable.length > 0 && selectable.every((id) => selection?.selected.has(id));
  return (
    <table className="member-table">
      <thead>
        <tr>
          {selection && (
            <th scope="col" className="select-cell">
              {/* The words show on a phone, where the rows are cards and this row alone stays. */}
              <label className="select-all">
                <input
                  type="checkbox"
                  disabled={selectable.length === 0}
                  checked={allSelected}
                  onChange={(e) => selection.onChange(selectable, e.target.checked)}
                />
                <span className="select-all-text">Select everyone on this page</span>
              </label>
            </th>
          )}
          <th scope="col">Member</th>
          <th scope="col">Role</th>
          <th scope="col">Plus</th>
          {showPrivate && <th scope="col">Last active</th>}
          <th scope="col">Joined</th>
          {canManage && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.user.id}>
            {selection && (
              <td className="select-cell" data-label="Select">
                {canManage?.(m) && (
                  <input
                    type="checkbox"
                    aria-label={`Select ${m.user.name}`}
                    checked={selection.selected.has(m.user.id)}
                    onChange={(e) => selection.onChange([m.user.id], e.target.checked)}
                  />
                )}
              </td>
            )}
            <th scope="row">
              <span className="member-cell">
                <Avatar name={m.user.name} image={m.user.image} />
                <span className="member-names">
                  <span className="member-name">
                    {m.user.name}
                    {m.user.id === viewerId && <span className="muted"> (you)</span>}
                  </span>
                  {m.user.email && <span className="muted member-email">{m.user.email}</span>}
                </span>
              </span>
            </th>
            <td data-label="Role">
              <RoleBadge role={m.role} />
            </td>
            <td data-label="Plus">
              <PlusBadge seat={m.seat} />
            </td>
            {showPrivate && (
              <td data-label="Last active">
                {m.lastActiveAt ? (
                  <time dateTime={m.lastActiveAt} title={fullDate(m.lastActiveAt)}>
                    {timeAgo(m.lastActiveAt)}
                  </time>
                ) : (
                  <span className="muted">No activity yet</span>
                )}
              </td>
            )}
            <td data-label="Joined">
              <time dateTime={m.joinedAt} title={fullDate(m.joinedAt)}>
                {shortDate(m.joinedAt)}
              </time>
            </td>
            {canManage && (
              <td className="row-actions">
                {canManage(m) && (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Manage ${m.user.name}`}
                    onClick={() => onManage?.(m)}
                  >
                    Manage
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
