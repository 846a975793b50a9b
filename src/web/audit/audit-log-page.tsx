import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  type AuditAction,
  type AuditEventView,
  auditActions,
  auditLogSchema,
} from '../../contracts/audit.ts';
import { can } from '../../contracts/permissions.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { ShowMoreButton } from '../layout/show-more-button.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { api } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { fullDate, timeAgo } from '../members/format.ts';
import { organizationGate } from '../organizations/organization-gate.tsx';
import { OrganizationNav } from '../organizations/organization-nav.tsx';
import { useOrganization } from '../organizations/queries.ts';

const labels: Record<AuditAction, string> = {
  'organization.created': 'created the organization',
  'organization.updated': 'changed the organization',
  'organization.image_changed': 'changed the image',
  'organization.deleted': 'deleted the organization',
  'ownership.transferred': 'transferred ownership to',
  'member.joined': 'joined',
  'member.left': 'left',
  'member.removed': 'removed',
  'member.role_changed': 'changed the role of',
  'invite_link.regenerated': 'reset the invite link',
  'invite_link.updated': 'changed the invite link settings',
  'seat.assigned': 'gave a Plus seat to',
  'seat.released': 'removed the Plus seat of',
  'seats.changed': 'changed the number of seats',
  'seat_request.created': 'asked for a seat',
  'seat_request.declined': 'declined the seat request of',
  'seat_request.ended': 'changed the invite link, which ended the seat request of',
  'seat_request.withdrawn': 'withdrew their seat request',
  'join.refused': 'opened the invite link and could not join',
  'seats.turned_away': 'counted the people who could not join for lack of seats',
  'billing.subscribed': 'subscribed and paid for the seats',
  'billing.subscription_ended': 'released every Plus seat: the subscription ended',
  'billing.payment_failed': 'recorded a failed payment: the seats stay until the grace period ends',
};

const label = (action: string) => labels[action as AuditAction] ?? action;

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
};

/** The event's details in a line: "name: Acme → Orbital Works · seat: plus"; empty values left out. */
function describe(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => {
      if (v && typeof v === 'object' && 'from' in v && 'to' in v)
        return `${k}: ${String(v.from)} → ${String(v.to)}`;
      return `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`;
    })
    .join(' · ');
}

/** Who did what to whom, newest first; filterable by action; downloadable as CSV. */
export function AuditLogPage({ orgId }: { orgId: string }) {
  const id = useId();
  const org = useOrganization(orgId);
  const [action, setAction] = useState<AuditAction | ''>('');
  const events = useInfiniteQuery({
    queryKey: ['audit-log', orgId, action],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: '50' });
      if (pageParam) params.set('cursor', pageParam);
      if (action) params.set('action', action);
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
  const csv = `/api/v1/organizations/${encodeURIComponent(orgId)}/audit-log.csv${action ? `?action=${action}` : ''}`;
  return (
    <AppShell>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/organizations">My organizations</Link>
        <span aria-hidden="true"> / </span>
        <Link to="/organizations/$orgId/members" params={{ orgId }}>
          {org.data.name}
        </Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">Audit log</span>
      </nav>
      <h1>Audit log</h1>
      <OrganizationNav orgId={orgId} role={role} current="audit-log" />
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
            <p className="empty">No events{action ? ' of this kind' : ''} yet.</p>
          )}
          {rows.length > 0 && (
            <ol className="audit-list">
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
  const actor = event.actor ? (event.actor.name ?? 'A deleted account') : 'Roster';
  const target =
    event.target && event.target.id !== event.actor?.id ? (event.target.name ?? 'a deleted account') : null;
  const details = describe(event.data);
  return (
    <li className="audit-row">
      <time dateTime={event.at} title={fullDate(event.at)} className="muted">
        {timeAgo(event.at)}
      </time>
      <span>
        <strong>{actor}</strong> {label(event.action)}
        {target && <strong> {target}</strong>}
      </span>
      {details && <span className="muted audit-details">{details}</span>}
    </li>
  );
}
