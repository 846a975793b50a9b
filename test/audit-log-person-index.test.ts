import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPageQuery } from '../src/core/audit/list-audit-log.ts';
import { type SignedInUser, signUp } from './support/client.ts';
import { createOrganization, type TestOrganization } from './support/factories.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// Issue 17: the audit log's person filter must cost what a page does in a large
// organization, not a walk of every event it ever recorded. Checked on both drivers by
// the plan and through the API.
const EVENTS = 30_000;

let server: TestServer;
let owner: SignedInUser;
let org: TestOrganization;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.url, { name: 'Olive Owner' });
  org = await createOrganization(owner, { seats: 10 });
  // Seeded in SQL: a long history of other people, and three events about "rare-person"
  // (one done by them, two done to them), spread over it.
  await server.database.db.execute(sql`
    INSERT INTO audit_event (organization_id, at, actor_id, action, target_id, data, version)
    SELECT ${org.id}::uuid, now() - i * interval '1 minute',
           CASE WHEN i = 20000 THEN 'rare-person' ELSE 'other-' || (i % 500) END,
           'member.role_changed',
           CASE WHEN i IN (5000, 25000) THEN 'rare-person' ELSE 'other-' || (i % 700) END,
           '{"from":"member","to":"admin"}'::jsonb, 1
    FROM generate_series(1, ${EVENTS}::int) AS i`);
  await server.database.db.execute(sql`ANALYZE audit_event`);
}, 120_000);
afterAll(async () => server?.close());

async function plan(person: string) {
  const query = auditPageQuery(server.database.db, { organizationId: org.id, person, limit: 50 });
  const result = (await server.database.db.execute(sql`EXPLAIN ${query}`)) as unknown as {
    rows: { 'QUERY PLAN': string }[];
  };
  return result.rows.map((r) => r['QUERY PLAN']).join('\n');
}

describe("the audit log's person filter in a large organization", () => {
  it('reads the person’s own events through the actor and target indexes', async () => {
    const text = await plan('rare-person');
    expect(text).toContain('audit_event_org_actor_idx');
    expect(text).toContain('audit_event_org_target_idx');
    expect(text).not.toContain('audit_event_org_at_idx');
  });

  it('finds exactly their events, newest first, through the API', async () => {
    const reply = await owner.client.get(
      `/api/v1/organizations/${org.id}/audit-log?person=rare-person&limit=50`,
    );
    expect(reply.status, reply.text).toBe(200);
    expect(reply.body.events).toHaveLength(3);
    const at = reply.body.events.map((e: { at: string }) => e.at);
    expect(at).toEqual([...at].sort().reverse());
  });
});
