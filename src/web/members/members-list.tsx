import { useDeferredValue, useEffect, useId, useState } from 'react';
import type { Member, MemberSort } from '../../contracts/members.ts';
import { can, type Role } from '../../contracts/permissions.ts';
import { useSession } from '../auth/session.ts';
import { ErrorMessage, Loading } from '../layout/status.tsx';
import { BulkActions } from './bulk-actions.tsx';
import { count } from './format.ts';
import { canManage, MemberActionsDialog } from './member-actions.tsx';
import { MemberTable } from './member-table.tsx';
import { type MemberListFilters, membersCsvPath, PAGE_SIZE, useMemberPage } from './queries.ts';
import { RestoreSeats } from './restore-seats.tsx';
import { SeatRequests } from './seat-requests.tsx';

const sorts: { value: `${MemberSort}.${'asc' | 'desc'}`; label: string }[] = [
  { value: 'joined.asc', label: 'Joined, oldest first' },
  { value: 'joined.desc', label: 'Joined, newest first' },
  { value: 'name.asc', label: 'Name, A to Z' },
  { value: 'name.desc', label: 'Name, Z to A' },
  { value: 'last_active.desc', label: 'Last active, most recent first' },
  { value: 'last_active.asc', label: 'Last active, longest ago first' },
];

type Show = 'all' | 'plus' | 'none' | 'pending';

/**
 * The member list: filtered, sorted and paged on the server (decision 0033), with a
 * numbered range and Previous/Next; the cursors already seen are kept, so going back
 * costs nothing. Owners and admins select rows for bulk changes and export the list.
 */
export function MembersSection({
  orgId,
  orgName,
  role,
  seatsAvailable,
}: {
  orgId: string;
  orgName: string;
  role: Role;
  seatsAvailable: number;
}) {
  const id = useId();
  const session = useSession();
  const showPrivate = can(role, 'members', 'readPrivate');
  const manager = can(role, 'seats', 'assign');
  const viewer = { id: session.data?.user.id, role };
  const [managing, setManaging] = useState<Member | null>(null);
  const [query, setQuery] = useState('');
  const [roleFilter, setRoleFilter] = useState<Role | ''>('');
  const [show, setShow] = useState<Show>('all');
  const [sort, setSort] = useState<(typeof sorts)[number]['value']>('joined.asc');
  // The cursors of the pages seen so far: cursors[i] opens page i + 1 (null: the first).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Typing stays responsive; the list follows the settled text.
  const q = useDeferredValue(query.trim());
  const [sortBy, order] = sort.split('.') as [MemberSort, 'asc' | 'desc'];
  const filters: MemberListFilters = {
    q,
    role: roleFilter,
    seat: show === 'plus' || show === 'none' ? show : '',
    sort: sortBy,
    order,
  };
  const filterKey = JSON.stringify(filters);
  // A new filter or sort starts again at page 1 with nothing selected.
  // biome-ignore lint/correctness/useExhaustiveDependencies: filterKey stands for the filters
  useEffect(() => {
    setCursors([null]);
    setSelected(new Set());
  }, [filterKey]);

  const pageIndex = cursors.length - 1;
  const first = useMemberPage(orgId, filters, null);
  const page = useMemberPage(orgId, filters, cursors[pageIndex] ?? null);
  const rows = page.data?.members ?? [];
  const total = first.data?.total ?? null;
  const manageable = (m: Member) => canManage(viewer, m);
  const chosen = rows.filter((m) => selected.has(m.user.id));
  const start = pageIndex * PAGE_SIZE + 1;

  const turnPage = (to: 'next' | 'previous') => {
    setSelected(new Set());
    setCursors((seen) =>
      to === 'previous' ? seen.slice(0, -1) : page.data?.nextCursor ? [...seen, page.data.nextCursor] : seen,
    );
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`} className="section-title">
          Members
        </h2>
        {showPrivate && (
          <a className="button" href={membersCsvPath(orgId, filters)} download>
            Export CSV
          </a>
        )}
      </div>
      {manager && <RestoreSeats orgId={orgId} />}
      <div className="list-toolbar">
        <div className="field search">
          <label htmlFor={`${id}-search`}>Search members</label>
          <input
            id={`${id}-search`}
            type="search"
            placeholder={showPrivate ? 'Name or e-mail' : 'Name'}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            value={roleFilter}
            onChange={(e) => setRoleFilter(e.target.value as Role | '')}
          >
            <option value="">Any role</option>
            <option value="owner">Owner</option>
            <option value="admin">Admins</option>
            <option value="member">Members</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-show`}>Plus</label>
          <select id={`${id}-show`} value={show} onChange={(e) => setShow(e.target.value as Show)}>
            <option value="all">Everyone</option>
            <option value="plus">With a Plus seat</option>
            <option value="none">Without a seat</option>
            {manager && <option value="pending">Waiting for a seat</option>}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <select
            id={`${id}-sort`}
            value={sort}
            onChange={(e) => setSort(e.target.value as (typeof sorts)[number]['value'])}
          >
            {sorts.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {show === 'pending' ? (
        <SeatRequests orgId={orgId} embedded />
      ) : (
        <>
          {manager && (
            <BulkActions
              orgId={orgId}
              orgName={orgName}
              viewerRole={role}
              chosen={chosen}
              seatsAvailable={seatsAvailable}
              onDone={() => setSelected(new Set())}
            />
          )}
          {page.isPending && <Loading label="Loading members…" />}
          {page.isError && (
            <ErrorMessage
              title="The members could not be loaded."
              error={page.error}
              retry={() => void page.refetch()}
            />
          )}
          {page.data && rows.length === 0 && (
            <p className="empty">
              {q || roleFilter || show !== 'all'
                ? `No member matches${q ? ` “${q}”` : ''} these filters.`
                : 'No members yet.'}
            </p>
          )}
          {rows.length > 0 && (
            <MemberTable
              members={rows}
              showPrivate={showPrivate}
              viewerId={viewer.id}
              canManage={rows.some(manageable) ? manageable : undefined}
              onManage={setManaging}
              selection={
                manager
                  ? {
                      selected,
                      onChange: (userIds, on) =>
                        setSelected((before) => {
                          const next = new Set(before);
                          for (const userId of userIds) {
                            if (on) next.add(userId);
                            else next.delete(userId);
                          }
                          return next;
                        }),
                    }
                  : undefined
              }
            />
          )}
          <div className="list-footer pager">
            <p className="muted" aria-live="polite">
              {rows.length > 0 &&
                `Showing ${count(start)}–${count(start + rows.length - 1)}${total === null ? '' : ` of ${count(total.count)}${total.more ? '+' : ''}`}`}
            </p>
            <div className="pager-buttons">
              <button
                type="button"
                className="button"
                disabled={pageIndex === 0 || page.isFetching}
                onClick={() => turnPage('previous')}
              >
                Previous page
              </button>
              <button
                type="button"
                className="button"
                disabled={!page.data?.nextCursor || page.isPlaceholderData}
                onClick={() => turnPage('next')}
              >
                Next page
              </button>
            </div>
          </div>
        </>
      )}
      {managing && (
        <MemberActionsDialog
          orgId={orgId}
          orgName={orgName}
          seatsAvailable={seatsAvailable}
          viewer={viewer}
          // The row as the list shows it now, so the dialog reflects a change it just made.
          member={rows.find((m) => m.user.id === managing.user.id) ?? managing}
          onClose={() => setManaging(null)}
        />
      )}
    </section>
  );
}
