import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expandEvents } from '../src/core/events/expand-events.ts';
import { recordEvents } from '../src/core/events/record-event.ts';
import { deriveInviteKey, inviteToken } from '../src/core/invites/invite-token.ts';
import { joinOrganization } from '../src/core/invites/join-organization.ts';
import { rows } from '../src/db/rows.ts';
import { countedDatabase } from './support/test-database.ts';

// The expander's cost does not grow with the kinds of notice in a batch: all notices of a
// batch are one statement (docs/decisions/0009), and each person's bell keeps the order of
// the events.
const counted = countedDatabase();
const db = () => counted.handle.db;
const key = deriveInviteKey(randomBytes(32).toString('hex'));

async function person(name: string): Promise<string> {
  const id = randomUUID();
  await db().execute(
    sql`INSERT INTO "user" (id, name, email, email_verified) VALUES (${id}, ${name}, ${`${id}@example.com`}, true)`,
  );
  return id;
}

/** An organization with its invite link and these managers (the first is the owner); its id. */
async function organization(name: string, seats: number, managers: string[]): Promise<string> {
  const [org] = await rows<{ id: string }>(
    db(),
    sql`INSERT INTO organization (name, seats) VALUES (${name}, ${seats}) RETURNING id`,
  );
  await db().execute(sql`INSERT INTO invite_link (organization_id) VALUES (${org!.id})`);
  for (const [i, userId] of managers.entries()) {
    await db().execute(
      sql`INSERT INTO membership (organization_id, user_id, role, seat)
          VALUES (${org!.id}, ${userId}, ${i === 0 ? 'owner' : 'admin'}, 'none')`,
    );
  }
  return org!.id;
}

describe('expanding a batch of events', () => {
  it('writes every notice of the batch in one statement, in the order of the events', async () => {
    const owner = await person('Olive Owner');
    const admin = await person('Adam Admin');
    const organizationId = await organization('Batch', 3, [owner, admin]);
    const token = inviteToken(key, organizationId, 1);
    const joiners: string[] = [];
    // Three joins: each sets off a welcome and a notice to the owner and the admin; the
    // third takes the last seat, which the owner also hears of.
    for (const name of ['First', 'Second', 'Third']) {
      const userId = await person(name);
      joiners.push(userId);
      await joinOrganization(db(), { key, organizationId, token, userId });
    }

    counted.statements.length = 0;
    const { expanded, told } = await expandEvents(db());
    expect(expanded).toBe(3);
    expect(new Set(told)).toEqual(new Set([owner, admin, ...joiners]));
    const notices = counted.statements.filter((text) => /INSERT INTO notification /.test(text));
    expect(notices).toHaveLength(1);

    const bell = (userId: string) =>
      rows<{ type: string; subject: string | null }>(
        db(),
        sql`SELECT type, data->>'subjectName' AS subject FROM notification
            WHERE user_id = ${userId} ORDER BY created_at DESC, id DESC`,
      );
    expect(await bell(owner)).toEqual([
      { type: 'last_seat_taken', subject: null },
      { type: 'member_joined', subject: 'Third' },
      { type: 'member_joined', subject: 'Second' },
      { type: 'member_joined', subject: 'First' },
    ]);
    expect((await bell(admin)).map((n) => n.subject)).toEqual(['Third', 'Second', 'First']);
    for (const joiner of joiners) expect((await bell(joiner)).map((n) => n.type)).toEqual(['welcome']);
  });

  it('two expanders reading the same batch expand it once', async () => {
    const owner = await person('Olga Owner');
    const organizationId = await organization('Twice', 10, [owner]);
    const token = inviteToken(key, organizationId, 1);
    for (const name of ['Ann', 'Ben', 'Cy', 'Di']) {
      await joinOrganization(db(), { key, organizationId, token, userId: await person(name) });
    }
    const rounds = await Promise.all([expandEvents(db()), expandEvents(db())]);
    expect(rounds.reduce((sum, r) => sum + r.expanded, 0)).toBe(4);
    const [told] = await rows<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM notification WHERE user_id = ${owner}`,
    );
    expect(told!.n).toBe(4);
    const [mails] = await rows<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM outbox WHERE kind = 'email' AND payload->>'userId' = ${owner}`,
    );
    expect(mails!.n).toBe(4);
  });

  it('a person whose account is gone before their join is expanded is skipped, not a batch stuck for good', async () => {
    const owner = await person('Oona Owner');
    const organizationId = await organization('Gone', 10, [owner]);
    const token = inviteToken(key, organizationId, 1);
    const leaver = await person('Lee Gone');
    await joinOrganization(db(), { key, organizationId, token, userId: leaver });
    // Deleted before the worker came round (a burst, a slow worker): the welcome, with its
    // once-ever key, is for nobody now.
    await db().execute(sql`DELETE FROM "user" WHERE id = ${leaver}`);

    const { expanded } = await expandEvents(db());
    expect(expanded).toBe(1);
    const [told] = await rows<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM notification WHERE user_id = ${owner} AND type = 'member_joined'`,
    );
    expect(told!.n).toBe(1);
  });

  it('a refusal is born expanded while no webhook endpoint wants join.refused, and waits for the expander once one does', async () => {
    const organizationId = await organization('Refusals', 1, [await person('Rita Owner')]);
    const refusal = async () => {
      const userId = await person('Turned Away');
      await recordEvents(
        db(),
        [
          {
            type: 'join.refused',
            version: 1,
            organizationId,
            actorId: userId,
            targetId: userId,
            data: { reason: 'no_seats' },
          },
        ],
        { onlyWebhook: 'join.refused' },
      );
      const [row] = await rows<{ expanded: boolean }>(
        db(),
        // Born expanded: written, and never queued for the expander.
        sql`SELECT NOT EXISTS (SELECT 1 FROM event_expansion q WHERE q.event_id = e.id) AS expanded
            FROM audit_event e WHERE organization_id = ${organizationId} AND actor_id = ${userId}`,
      );
      return row!.expanded;
    };
    expect(await refusal()).toBe(true);
    const [endpoint] = await rows<{ id: string }>(
      db(),
      sql`INSERT INTO webhook_endpoint (url, secret, event_types)
          VALUES ('http://127.0.0.1:9/hooks', 'whsec_test', ARRAY['seats.exhausted', 'join.refused'])
          RETURNING id`,
    );
    try {
      expect(await refusal()).toBe(false);
    } finally {
      await db().execute(sql`DELETE FROM webhook_endpoint WHERE id = ${endpoint!.id}`);
    }
  });
});
