import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../src/db/client.ts';
import { CLEAN_FOR_MS, refusalLimiter } from '../src/server/plugins/refusal-limits.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';
import { waitFor } from './support/wait.ts';

// The guessing limit's check sits on the invite preview and the join, the hot path: a key
// with no refusal costs one read, then none for CLEAN_FOR_MS (decision 0004).
let testDatabase: TestDatabase;
let database: DatabaseHandle;
let reads = 0;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  database = openDatabase({
    databaseUrl: testDatabase.env.DATABASE_URL,
    dataDir: testDatabase.env.DATA_DIR,
    poolSize: 2,
    onQuery: (text) => {
      if (/^\s*select .*rate_limit_counter/i.test(text)) reads += 1;
    },
  });
  await database.migrate();
});
afterAll(async () => {
  await database.close();
  await testDatabase.drop();
});

describe('refusal limiter', () => {
  it('reads a clean key once, and again as soon as this process records a refusal', async () => {
    const limiter = refusalLimiter(database.db, 60_000);
    const keys = [{ key: `token:ip:${randomUUID()}`, limit: 2 }];
    reads = 0;
    expect(await limiter.blockedFor(keys)).toBeNull();
    expect(await limiter.blockedFor(keys)).toBeNull();
    expect(reads).toBe(1);

    await limiter.record(keys);
    await limiter.record(keys);
    expect(await limiter.blockedFor(keys)).toBeGreaterThan(0);
    expect(reads).toBe(2);
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
});
