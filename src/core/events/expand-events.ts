import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { DomainEvent } from '../../contracts/events.ts';
import { notificationDefaults, notificationTitle } from '../../contracts/notifications.ts';
import { webhookDataSchemas } from '../../contracts/webhooks.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { type Audience, effectsOf, type Notice } from './registry.ts';

type EventRow = {
  id: string;
  organization_id: string;
  actor_id: string | null;
  target_id: string | null;
  action: DomainEvent['type'];
  version: number;
  data: DomainEvent['data'];
  organization_name: string | null;
  actor_name: string | null;
  target_name: string | null;
};

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/**
 * Expands up to `limit` events not yet expanded, in one transaction: each notice kind is one
 * INSERT … SELECT for all its recipients (preferences and once-ever keys applied in SQL,
 * the e-mails queued by the same statement), all webhooks of the batch one INSERT … SELECT
 * over the subscribed endpoints, and the events are marked expanded before commit. Rows
 * are taken with SKIP LOCKED, so several workers share the queue; a crash rolls it all
 * back and the events wait for the next round. Notices take the clock, not the transaction's
 * start, so those of one batch keep the order of their events in the bell. Returns the people told in the app.
 */
export async function expandEvents(db: Database, limit = 50): Promise<{ expanded: number; told: string[] }> {
  return db.transaction(async (tx) => {
    const events = await rows<EventRow>(
      tx,
      sql`SELECT e.id, e.organization_id, e.actor_id, e.target_id, e.action, e.version, e.data,
                 o.name AS organization_name, a.name AS actor_name, t.name AS target_name
          FROM audit_event e
          LEFT JOIN organization o ON o.id = e.organization_id
          LEFT JOIN "user" a ON a.id = e.actor_id
          LEFT JOIN "user" t ON t.id = e.target_id
          WHERE e.expanded_at IS NULL
          ORDER BY e.at
          LIMIT ${limit}
          FOR UPDATE OF e SKIP LOCKED`,
    );
    if (events.length === 0) return { expanded: 0, told: [] };
    const told = new Set<string>();
    const webhooks: unknown[] = [];
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
        actorName: row.actor_name,
        targetName: row.target_name,
      });
      for (const notice of effects.notices) {
        if ('userIds' in notice.audience && notice.audience.userIds.length === 0) continue;
        for (const id of await insertNotice(tx, event.organizationId, notice)) told.add(id);
      }
      for (const hook of effects.webhooks) {
        webhookDataSchemas[hook.type].parse(hook.data);
        webhooks.push({
          type: hook.type,
          event: { id: randomUUID(), type: hook.type, timestamp, data: hook.data },
        });
      }
    }
    if (webhooks.length > 0) {
      await tx.execute(sql`INSERT INTO outbox (kind, payload)
        SELECT 'webhook', jsonb_build_object('endpointId', w.id, 'event', m.value->'event')
        FROM jsonb_array_elements(${json(webhooks)}) AS m
        JOIN webhook_endpoint w ON w.event_types @> ARRAY[m.value->>'type']`);
    }
    await tx.execute(sql`UPDATE audit_event SET expanded_at = now()
      WHERE id IN (SELECT jsonb_array_elements_text(${json(events.map((e) => e.id))})::uuid)`);
    return { expanded: events.length, told: [...told] };
  });
}

function audienceSql(audience: Audience): SQL {
  if ('userIds' in audience) {
    return sql`SELECT jsonb_array_elements_text(${json(audience.userIds)}) AS user_id`;
  }
  const roles = audience.role === 'owner' ? sql`('owner')` : sql`('owner', 'admin')`;
  const role = sql`SELECT user_id FROM membership
             WHERE organization_id = ${audience.organizationId} AND role IN ${roles}
               AND NOT (user_id = ANY (SELECT jsonb_array_elements_text(${json(audience.except.filter(Boolean))})))`;
  if (!audience.also?.length) return role;
  return sql`${role} UNION SELECT jsonb_array_elements_text(${json(audience.also)})`;
}

/** One statement for every recipient of one notice: in-app rows and e-mails per preferences. */
async function insertNotice(tx: Database, organizationId: string, notice: Notice): Promise<string[]> {
  const defaults = notificationDefaults[notice.type];
  const title = notificationTitle(notice.type, notice.data);
  const recipients = notice.onceKey
    ? sql`INSERT INTO notification_once (user_id, key) SELECT user_id, ${notice.onceKey} FROM audience
          ON CONFLICT DO NOTHING RETURNING user_id`
    : sql`SELECT DISTINCT user_id FROM audience`;
  const result = await rows<{ user_id: string }>(
    tx,
    sql`WITH audience AS (${audienceSql(notice.audience)}),
        recipients AS (${recipients}),
        told AS (
          SELECT u.id, u.email AS address, u.name,
                 coalesce(p.in_app, ${defaults.inApp}) AS in_app, coalesce(p.email, ${defaults.email}) AS by_email
          FROM recipients r JOIN "user" u ON u.id = r.user_id
          LEFT JOIN notification_preference p ON p.user_id = u.id AND p.type = ${notice.type}),
        in_app AS (
          INSERT INTO notification (user_id, organization_id, type, data, created_at)
          SELECT id, ${organizationId}::uuid, ${notice.type}, ${json(notice.data)}, clock_timestamp()
          FROM told WHERE in_app
          RETURNING user_id),
        mail AS (
          INSERT INTO outbox (kind, payload)
          SELECT 'email', jsonb_build_object('to', address, 'userId', id, 'recipientName', name,
                 'type', ${notice.type}::text, 'title', ${title}::text, 'data', ${json(notice.data)},
                 'path', ${notice.path}::text)
          FROM told WHERE by_email)
        SELECT user_id FROM in_app`,
  );
  return result.map((r) => r.user_id);
}
