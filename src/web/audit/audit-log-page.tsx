import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import {
  type AuditAction,
  type AuditEventView,
  auditActions,
  auditLogSchema,
} from '../../contracts/audit.ts';
import { memberListSchema } from '../../contracts/members.ts';
import { can } from '../../contracts/permissions.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { ShowMoreButton } from '../layout/show-more-button.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { api } from '../lib/api.ts';
import { exactTime, timeAgo } from '../members/format.ts';
import { organizationGate } from '../organizations/organization-gate.tsx';
import { OrganizationHeader } from '../organizations/organization-header.tsx';
import { useOrganization } from '../organizations/queries.ts';

const filterLabels: Record<AuditAction, string> = {
  'organization.created': 'Organization created',
  'organization.updated': 'Organization renamed or changed',
  'organization.image_changed': 'Image changed',
  'organization.deleted': 'Organization deleted',
  'ownership.transferred': 'Ownership transferred',
  'member.joined': 'Members joined',
  'member.left': 'Members left',
  'member.removed': 'Members removed',
  'member.role_changed': 'Roles changed',
  'invite_link.regenerated': 'Invite link reset',
  'invite_link.updated': 'Invite link settings changed',
  'invitations.sent': 'E-mail invitations sent',
  'invitations.resent': 'E-mail invitations sent again',
  'invitation.revoked': 'E-mail invitations revoked',
  'invitation.opened': 'E-mail invitations opened',
  'seat.assigned': 'Plus seats given',
  'seat.released': 'Plus seats removed',
  'seats.changed': 'Seats bought or reduced',
  'seat_request.created': 'Seat requests',
  'seat_request.declined': 'Seat requests declined',
  'seat_request.ended': 'Seat requests ended by a link change',
  'seat_request.withdrawn': 'Seat requests withdrawn',
  'join.refused': 'People turned away',
  'seats.turned_away': 'Daily counts of people turned away',
  'billing.subscribed': 'Subscriptions started',
  'billing.subscription_ended': 'Subscriptions ended',
  'billing.payment_failed': 'Failed payments',
  'seats.restored': 'Plus seats given back after a subscription ended',
};

/** A day picked in the browser's own time zone, as the instant it starts. */
const startOfDay = (day: string, plusDays = 0) => {
  const at = new Date(`${day}T00:00:00`);
  at.setDate(at.getDate() + plusDays);
  return at.toISOString();
};

type Person = { id: string; name: string };

/**
 * Who did what to whom, newest first, as sentences the server builds from the typed
 * events; filterable by kind, person and days; downloadable as CSV with the same filters.
 */
export function AuditLogPage({ orgId }: { orgId: string }) {
  const id = useId();
  const org = useOrganization(orgId);
  const [action, setAction] = useState<AuditAction | ''>('');
  const [person, setPerson] = useState<Person | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filters = new URLSearchParams();
  if (action) filters.set('action', action);
  if (person) filters.set('person', person.id);
  // "To" is inclusive for a person: the range ends where the next day begins.
  if (from) filters.set('from', startOfDay(from));
  if (to) filters.set('to', startOfDay(to, 1));
  const filterText = filters.toString();
  const events = useInfiniteQuery({
    queryKey: ['audit-log', orgId, filterText],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(filterText);
      params.set('limit', '50');
      if (pageParam) params.set('cursor', pageParam);
      return api(`/api/v1/organizations/${encodeURIComponent(orgId)}/audit-log?${params}`, {
        schema: auditLogSchema,
      });
    },
    getNextPageParam: (last) => last.nextCursor,
    enabled: org.data ? can(org.data.viewer.role, 'auditLog', 'read') : false,
  });
  useTitle(org.data ? `Audit log of ${org.data.name}` : 'Audit log');

  const gate = organizationGate(org);
  if (gate || !org.data) return gate;
  const role = org.data.viewer.role;
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  const csv = `/api/v1/organizations/${encodeURIComponent(orgId)}/audit-log.csv${filterText ? `?${filterText}` : ''}`;
  const filtered = Boolean(filterText);
  return (
    <AppShell>
      <OrganizationHeader org={org.data} current="audit-log" />
      {!can(role, 'auditLog', 'read') ? (
        <p className="empty">Only the owner and admins can see the audit log.</p>
      ) : (
        <section className="card" aria-labelledby={`${id}-title`}>
          <div className="section-header">
            <h2 id={`${id}-title`} className="section-title">
              Events
            </h2>
            <div className="filter-row">
              <div className="field">
                <label htmlFor={`${id}-action`}>Show</label>
                <select
                  id={`${id}-action`}
                  value={action}
                  onChange={(e) => setAction(e.target.value as AuditAction | '')}
                >
                  <option value="">All events</option>
                  {auditActions.map((a) => (
                    <option key={a} value={a}>
                      {filterLabels[a]}
                    </option>
                  ))}
                </select>
              </div>
              <PersonFilter orgId={orgId} person={person} onChange={setPerson} />
              <div className="field">
                <label htmlFor={`${id}-from`}>From</label>
                <input
                  id={`${id}-from`}
                  type="date"
                  value={from}
                  max={to || undefined}
                  onChange={(e) => setFrom(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-to`}>To</label>
                <input
                  id={`${id}-to`}
                  type="date"
                  value={to}
                  min={from || undefined}
                  onChange={(e) => setTo(e.target.value)}
                />
              </div>
              <a className="button" href={csv} download>
                Download CSV
              </a>
            </div>
          </div>
          {events.isPending && <Loading label="Loading the audit log…" />}
          {events.isError && (
            <ErrorMessage
              title="The audit log could not be loaded."
              error={events.error}
              retry={() => void events.refetch()}
            />
          )}
          {events.data && rows.length === 0 && (
            <p className="empty">{filtered ? 'No events match these filters.' : 'No events yet.'}</p>
          )}
          {rows.length > 0 && (
            <ol className="audit-list" aria-label="Events, newest first">
              {rows.map((event) => (
                <AuditRow key={event.id} event={event} />
              ))}
            </ol>
          )}
          <ShowMoreButton pages={events} label="Show older events" />
        </section>
      )}
    </AppShell>
  );
}

function AuditRow({ event }: { event: AuditEventView }) {
  return (
    <li className="audit-row">
      <time dateTime={event.at} title={exactTime(event.at)} className="muted">
        {timeAgo(event.at)}
      </time>
      <span>{event.sentence}</span>
    </li>
  );
}

/** Pick a person by name (members found by the list's own search); their events, done or undergone. */
function PersonFilter({
  orgId,
  person,
  onChange,
}: {
  orgId: string;
  person: Person | null;
  onChange: (person: Person | null) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const found = useQuery({
    queryKey: ['audit-person', orgId, q],
    queryFn: () =>
      api(`/api/v1/organizations/${encodeURIComponent(orgId)}/members?limit=5&q=${encodeURIComponent(q)}`, {
        schema: memberListSchema,
      }),
    enabled: !person && q.length >= 2,
  });
  if (person) {
    return (
      <p className="person-chip">
        <span>
          Person: <strong>{person.name}</strong>
        </span>
        <button type="button" className="button button-small" onClick={() => onChange(null)}>
          Show everyone
        </button>
      </p>
    );
  }
  const matches = found.data?.members ?? [];
  return (
    <div className="field person-filter">
      <label htmlFor={`${id}-person`}>Person</label>
      <input
        id={`${id}-person`}
        type="search"
        placeholder="Name"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {q.length >= 2 && found.data && (
        <ul className="person-options" aria-label="Matching members">
          {matches.length === 0 && <li className="muted">Nobody by that name</li>}
          {matches.map((m) => (
            <li key={m.user.id}>
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  setText('');
                  onChange({ id: m.user.id, name: m.user.name });
                }}
              >
                {m.user.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
