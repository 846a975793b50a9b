import { sql } from 'drizzle-orm';
import { afterEach, expect } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { rows } from '../../src/db/rows.ts';

type SeatRow = { id: string; seats: number; seats_used: number; plus_members: number };

/** seatsUsed equals the Plus members, and never exceeds seats, in every organization. */
export async function expectSeatInvariant(db: Database): Promise<void> {
  const orgs = await rows<SeatRow>(
    db,
    sql`SELECT o.id, o.seats, o.seats_used,
          (SELECT count(*)::int FROM membership m WHERE m.organization_id = o.id AND m.seat = 'plus') AS plus_members
        FROM organization o`,
  );
  for (const row of orgs) {
    expect(row.seats_used, `organization ${row.id}`).toBe(row.plus_members);
    expect(row.seats_used).toBeLessThanOrEqual(row.seats);
  }
}

/** The seat invariant as a shared after-each check of a test file's database. */
export function checkSeatInvariantAfterEach(db: () => Database | undefined): void {
  afterEach(async () => {
    const current = db();
    if (current) await expectSeatInvariant(current);
  });
}
