import { describe, expect, it } from 'vitest';
import { inFlightBatch } from '../src/db/in-flight-batch.ts';

// src/db/in-flight-batch.ts: one statement for the calls that arrive together, without
// a call ever seeing a batch that began before it was made.
describe('inFlightBatch', () => {
  it('runs the calls of one turn in one batch, and those made while it runs in the next', async () => {
    const batches: number[][] = [];
    let release: () => void = () => {};
    const run = inFlightBatch(async (items: number[]) => {
      batches.push(items);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return items.map((n) => n * 10);
    });
    const first = [run(1), run(2), run(3), run(4)];
    await Promise.resolve();
    await Promise.resolve();
    const later = [run(5), run(6)];
    release();
    expect(await Promise.all([...first, ...later])).toEqual([10, 20, 30, 40, 50, 60]);
    expect(batches).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
  });

  it('fails every call of a failed batch, and the next batch runs', async () => {
    let calls = 0;
    const run = inFlightBatch(async (items: string[]) => {
      calls += 1;
      if (calls === 1) throw new Error('database away');
      return items;
    });
    const failed = await Promise.allSettled([run('a'), run('b')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await run('c')).toBe('c');
  });
});
