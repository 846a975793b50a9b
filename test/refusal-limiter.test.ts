import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../src/db/client.ts';
import { rateLimitCounter } from '../src/db/schema/rate-limits.ts';
import { CLEAN_FOR_MS, refusalLimiter } from '../src/server/plugins/refusal-limits.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';
import { waitFor } from './support/wait.ts';

// The guessing limit's check sits on the invite preview and the join, the hot path: a key
// with no refusal costs one read, then none for CLEAN_FOR_MS (decision 0004).
let testDatabase: TestDatabase;
let database: DatabaseHandle;
let reads = 0;
let writes = 0;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = await openDatabase({
    databaseUrl: testDatabase.env.DATABASE_URL,
    dataDir: testDatabase.env.DATA_DIR,
    poolSize: 2,
    onQuery: (text) => {
      if (/^\s*select .*rate_limit_counter/i.test(text)) reads += 1;
      if (/^\s*insert into "rate_limit_counter"/i.test(text)) writes += 1;
    },
  });
  await database.migrate();
});
afterAll(async () => {
  await database.close();
  await testDatabase.drop();
});

describe('refusal limiter', () => {
  it('reads a clean key once, and knows without a read the refusals this process records', async () => {
    const limiter = refusalLimiter(database.db, 60_000);
    const keys = [{ key: `token:ip:${randomUUID()}`, limit: 2 }];
    reads = 0;
    expect(await limiter.blockedFor(keys)).toBeNull();
    expect(await limiter.blockedFor(keys)).toBeNull();
    expect(reads).toBe(1);

    await limiter.record(keys);
    await limiter.record(keys);
    // The writes returned the count (the limit is used up): counts only grow within a window.
    expect(await limiter.blockedFor(keys)).toBeGreaterThan(0);
    expect(await limiter.blockedFor(keys)).toBeGreaterThan(0);
    expect(reads).toBe(1);
  });

  it("sees another instance's refusals within CLEAN_FOR_MS", async () => {
    const here = refusalLimiter(database.db, 60_000);
    const elsewhere = refusalLimiter(database.db, 60_000);
    const keys = [{ key: `token:ip:${randomUUID()}`, limit: 2 }];
    expect(await here.blockedFor(keys)).toBeNull(); // clean, remembered here
    await elsewhere.record(keys);
    await elsewhere.record(keys);
    expect(await elsewhere.blockedFor(keys)).toBeGreaterThan(0);
    // Bounded by the clean period (a generous margin for a busy machine), never longer.
    await waitFor(async () => (await here.blockedFor(keys)) !== null, {
      timeoutMs: CLEAN_FOR_MS + 2_000,
      what: "this instance to see the other's refusals",
    });
  });

  it('counts every one of a burst of refusals, sharing statements between those that arrive together', async () => {
    const limiter = refusalLimiter(database.db, 60_000);
    const address = { key: `token:ip:${randomUUID()}`, limit: 30 };
    const account = { key: `token:user:${randomUUID()}`, limit: 30 };
    writes = 0;
    await Promise.all(Array.from({ length: 29 }, () => limiter.record([address, account])));
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThan(29);
    const counted = await database.db
      .select()
      .from(rateLimitCounter)
      .where(inArray(rateLimitCounter.key, [address.key, account.key]));
    expect(counted.map((row) => row.count)).toEqual([29, 29]);

    // One short of the limit: every check of a concurrent burst lets it through, in fewer reads.
    reads = 0;
    const checks = await Promise.all(
      Array.from({ length: 16 }, () => limiter.blockedFor([address, account])),
    );
    expect(checks).toEqual(Array(16).fill(null));
    expect(reads).toBeLessThan(16);
    // The 30th refusal uses it up, for every check that starts afterwards.
    await limiter.record([address]);
    const after = await Promise.all(Array.from({ length: 16 }, () => limiter.blockedFor([address, account])));
    for (const wait of after) expect(wait).toBeGreaterThan(0);
  });
});
