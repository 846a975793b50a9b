import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { DomainEvent } from '../../contracts/events.ts';
import { notificationDefaults, notificationTitle } from '../../contracts/notifications.ts';
import { webhookDataSchemas } from '../../contracts/webhooks.ts';
import type { Database } from '../../db/client.ts';
import { preparedRows } from '../../db/rows.ts';
import { effectsOf, type Notice } from './registry.ts';

type EventRow = {
  id: string;
  /** Its row in the expander's queue. */
  queue_id: string;
  organization_id: string;
  actor_id: string | null;
  target_id: string | null;
  action: DomainEvent['type'];
  version: number;
  data: DomainEvent['data'];
  organization_name: string | null;
  welcome_message: string | null;
  actor_name: string | null;
  target_name: string | null;
};

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/**
 * Expands up to `limit` events not yet expanded in two statements, none of them holding a
 * lock between round trips: one reads the batch; the other marks it expanded and, for the
 * events it marked, inserts every notice (one INSERT … SELECT for all recipients of all
 * kinds, preferences and once-ever keys applied in SQL, the e-mails queued with them) and
 * every webhook over the subscribed endpoints. The marking deletes the events' rows from the
 * queue (`event_expansion`, decision 0038), so when two workers read the same batch the
 * second statement waits for the first and then finds nothing left to delete, and so sends
 * nothing; a crash loses nothing, since the one
 * statement is all or nothing. Returns how many events it expanded, the people told in the
 * app, and whether more may be waiting.
 */
export async function expandEvents(
  db: Database,
  limit = 50,
): Promise<{ expanded: number; told: string[]; more: boolean }> {
  const events = await preparedRows<EventRow>(
    db,
    'roster_events_batch',
    sql`SELECT e.id, q.id::text AS queue_id, e.organization_id, e.actor_id, e.target_id, e.action, e.version, e.data,
               o.name AS organization_name, o.welcome_message, a.name AS actor_name, t.name AS target_name
        FROM event_expansion q
        JOIN audit_event e ON e.id = q.event_id
        LEFT JOIN organization o ON o.id = e.organization_id
        LEFT JOIN "user" a ON a.id = e.actor_id
        LEFT JOIN "user" t ON t.id = e.target_id
        ORDER BY q.id
        LIMIT ${limit}`,
  );
  if (events.length === 0) return { expanded: 0, told: [], more: false };
  const notices: NoticeInput[] = [];
  const webhooks: unknown[] = [];
  const invitationMails: { eventId: string; ids: string[]; inviterName: string }[] = [];
  const invitationJoins: { eventId: string; organizationId: string; userId: string }[] = [];
  const timestamp = new Date().toISOString();
  for (const row of events) {
    const event = {
      type: row.action,
      version: row.version,
      organizationId: row.organization_id,
      actorId: row.actor_id,
      targetId: row.target_id,
      data: row.data,
    } as DomainEvent;
    // A deleted organization's name is in its event (the registry reads it there).
    const effects = effectsOf(event, {
      organizationName: row.organization_name ?? '',
      welcomeMessage: row.welcome_message ?? '',
      actorName: row.actor_name,
      targetName: row.target_name,
    });
    for (const notice of effects.notices) {
      if ('userIds' in notice.audience && notice.audience.userIds.length === 0) continue;
      notices.push(noticeInput(row.id, event.organizationId, notice));
    }
    if (effects.invitationMails?.length)
      invitationMails.push({
        eventId: row.id,
        ids: effects.invitationMails,
        inviterName: row.actor_name ?? '',
      });
    if (effects.invitationJoined)
      invitationJoins.push({
        eventId: row.id,
        organizationId: row.organization_id,
        userId: effects.invitationJoined,
      });
    for (const hook of effects.webhooks) {
      webhookDataSchemas[hook.type].parse(hook.data);
      webhooks.push({
        eventId: row.id,
        type: hook.type,
        event: { id: randomUUID(), type: hook.type, timestamp, data: hook.data },
      });
    }
  }
  const [result] = await preparedRows<{ expanded: number; told: string[] }>(
    db,
    'roster_events_expand',
    expansionStatement(
      events.map((e) => e.queue_id),
      notices,
      webhooks,
      { mails: invitationMails, joins: invitationJoins },
    ),
  );
  // A full batch may have left more behind; a short one read everything there was.
  return { expanded: result?.expanded ?? 0, told: result?.told ?? [], more: events.length === limit };
}

type NoticeInput = ReturnType<typeof noticeInput>;

function noticeInput(eventId: string, organizationId: string, notice: Notice) {
  const defaults = notificationDefaults[notice.type];
  const audience = notice.audience;
  const byRole = 'role' in audience;
  return {
    eventId,
    organizationId,
    type: notice.type,
    data: notice.data,
    title: notificationTitle(notice.type, notice.data),
    path: notice.path,
    onceKey: notice.onceKey ?? null,
    inApp: defaults.inApp,
    email: defaults.email,
    userIds: byRole ? [] : audience.userIds,
    role: byRole ? audience.role : null,
    except: byRole ? audience.except.filter(Boolean) : [],
    also: byRole ? (audience.also ?? []) : [],
  };
}

/**
 * The batch's one writing statement: the events taken off the queue (those still on it),
 * then, for those only, every notice of every kind and audience (a list of people, or an
 * organization's owner or managers less `except` plus `also`) with once-ever keys claimed,
 * preferences applied, in-app rows and e-mails inserted, and every webhook queued for the
 * endpoints subscribed to its type. A person's notices keep their events' order in the
 * bell, whose times are in milliseconds: each is at least a millisecond after that
 * person's last one.
 */
function expansionStatement(
  queueIds: string[],
  notices: NoticeInput[],
  webhooks: unknown[],
  invitations: { mails: unknown[]; joins: unknown[] },
): SQL {
  return sql`WITH marked AS (
          DELETE FROM event_expansion
          WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text(${json(queueIds)})::bigint))
          RETURNING event_id AS id),
        n AS (
          SELECT t.ord, t.x->>'organizationId' AS organization_id, t.x->>'type' AS type, t.x->'data' AS data,
                 t.x->>'title' AS title, t.x->>'path' AS path, t.x->>'onceKey' AS once_key,
                 (t.x->>'inApp')::boolean AS in_app, (t.x->>'email')::boolean AS email, t.x
          FROM jsonb_array_elements(${json(notices)}) WITH ORDINALITY AS t(x, ord)
          WHERE (t.x->>'eventId')::uuid IN (SELECT id FROM marked)),
        audience AS (
          SELECT n.ord, listed.user_id FROM n CROSS JOIN LATERAL jsonb_array_elements_text(n.x->'userIds') AS listed(user_id)
          UNION
          -- Per notice, from the managers index (OFFSET 0 keeps it a lookup per notice: the
          -- planner cannot estimate the notices and would scan every membership instead).
          SELECT n.ord, m.user_id FROM n CROSS JOIN LATERAL (
            SELECT m.user_id FROM membership m
            WHERE m.organization_id = n.organization_id::uuid AND m.role IN ('owner', 'admin')
              AND (m.role = 'owner' OR n.x->>'role' = 'managers')
              AND NOT (n.x->'except') ? m.user_id
            OFFSET 0) m
          WHERE n.x->>'role' IS NOT NULL
          UNION
          SELECT n.ord, also.user_id FROM n CROSS JOIN LATERAL jsonb_array_elements_text(n.x->'also') AS also(user_id)),
        -- Only people whose account still exists: one deleted before its events were expanded
        -- would fail the foreign key here and hold back every batch after it.
        once AS (
          INSERT INTO notification_once (user_id, key)
          SELECT a.user_id, n.once_key FROM audience a JOIN n USING (ord)
          WHERE n.once_key IS NOT NULL AND EXISTS (SELECT 1 FROM "user" u WHERE u.id = a.user_id)
          ON CONFLICT DO NOTHING
          RETURNING user_id, key),
        -- Each recipient carries its notice's columns, so \`told\` never joins \`n\` again: the
        -- planner, which cannot estimate the notices (it guesses one), put that join's inner
        -- side (this union, with its sort) in a loop per notice, quadratic in the batch.
        recipients AS (
          SELECT n.ord, n.organization_id, n.type, n.data, n.title, n.path, n.in_app, n.email, a.user_id
          FROM audience a JOIN n USING (ord) WHERE n.once_key IS NULL
          UNION ALL
          SELECT * FROM (
            SELECT DISTINCT ON (o.user_id, o.key)
                   n.ord, n.organization_id, n.type, n.data, n.title, n.path, n.in_app, n.email, o.user_id
            FROM once o
            JOIN n ON n.once_key = o.key
            JOIN audience a ON a.ord = n.ord AND a.user_id = o.user_id
            ORDER BY o.user_id, o.key, n.ord) first_of_key),
        told AS (
          SELECT r.ord, u.id, u.email AS address, u.name, r.organization_id, r.type, r.data, r.title, r.path,
                 coalesce(p.in_app, r.in_app) AS by_app, coalesce(p.email, r.email) AS by_email
          FROM recipients r
          CROSS JOIN LATERAL (SELECT * FROM "user" WHERE id = r.user_id OFFSET 0) u
          LEFT JOIN LATERAL (
            SELECT * FROM notification_preference WHERE user_id = r.user_id AND type = r.type OFFSET 0) p ON true),
        clock AS (SELECT date_trunc('milliseconds', clock_timestamp()) AS at),
        numbered AS (
          SELECT told.*, row_number() OVER (PARTITION BY told.id ORDER BY told.ord) AS nth
          FROM told WHERE told.by_app),
        in_app AS (
          INSERT INTO notification (user_id, organization_id, type, data, created_at)
          SELECT nb.id, nb.organization_id::uuid, nb.type, nb.data,
                 greatest(clock.at, (SELECT max(x.created_at) + interval '1 millisecond'
                                     FROM notification x WHERE x.user_id = nb.id))
                   + (nb.nth - 1) * interval '1 millisecond'
          FROM numbered nb, clock
          RETURNING user_id),
        mail AS (
          INSERT INTO outbox (kind, payload)
          SELECT 'email', jsonb_build_object('to', address, 'userId', id, 'recipientName', name,
                 'type', type, 'title', title, 'data', data, 'path', path)
          FROM told WHERE by_email ORDER BY ord),
        hooks AS (
          INSERT INTO outbox (kind, payload)
          SELECT 'webhook', jsonb_build_object('endpointId', w.id, 'event', m.value->'event')
          FROM jsonb_array_elements(${json(webhooks)}) AS m
          JOIN webhook_endpoint w ON w.event_types @> ARRAY[m.value->>'type']
          WHERE (m.value->>'eventId')::uuid IN (SELECT id FROM marked)),
        -- E-mail invitations (decision 0030): one mail per invitation still pending, to an
        -- address that may have no account, with the link version its row was sent for.
        invitation_mail AS (
          INSERT INTO outbox (kind, payload)
          SELECT 'email', jsonb_build_object('kind', 'invitation', 'to', i.email, 'invitationId', i.id,
                 'organizationId', i.organization_id, 'linkVersion', i.link_version, 'organizationName', o.name,
                 'description', o.description, 'inviterName', m.value->>'inviterName')
          FROM jsonb_array_elements(${json(invitations.mails)}) AS m
          CROSS JOIN LATERAL jsonb_array_elements_text(m.value->'ids') AS listed(id)
          JOIN invitation i ON i.id = listed.id::uuid
          JOIN organization o ON o.id = i.organization_id
          WHERE (m.value->>'eventId')::uuid IN (SELECT id FROM marked) AND i.status IN ('invited', 'opened')
          ORDER BY i.email),
        -- A member joined: their pending invitation, found by the account's address, is joined.
        invitation_joined AS (
          UPDATE invitation i SET status = 'joined', joined_at = now()
          FROM jsonb_array_elements(${json(invitations.joins)}) AS j, "user" u
          WHERE (j.value->>'eventId')::uuid IN (SELECT id FROM marked) AND u.id = j.value->>'userId'
            AND i.organization_id = (j.value->>'organizationId')::uuid AND i.email = lower(u.email)
            AND i.status IN ('invited', 'opened'))
        SELECT (SELECT count(*) FROM marked)::int AS expanded,
               (SELECT coalesce(json_agg(DISTINCT user_id), '[]') FROM in_app) AS told`;
}
