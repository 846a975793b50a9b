import type { BenchDatabase } from './database.ts';
import { type Build, startServer } from './server.ts';

/** The settle time after the server answers /api/health, before its memory is read. */
export const SETTLE_MS = 2_000;

export type IdleMemory = {
  build: Build;
  /** The environment it ran in: start:prod's production, npm start's development. */
  mode: 'production' | 'development';
  /** Median over the starts of VmRSS, SETTLE_MS after the server answered. */
  idleMiB: number;
  /** Median of VmHWM at that moment: the most the start itself held (migrations, WASM). */
  startPeakMiB: number;
  /** Every start's idle RSS, to see the spread. */
  runsMiB: number[];
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Starts a build on a migrated database `starts` times, each as its own command runs it
 * (dist: start:prod's flags, NODE_ENV=production, SMTP_URL=none; tsx: npm start's
 * development), reads its memory after it settles, no load, and stops it.
 */
export async function idleMemory(
  database: BenchDatabase,
  build: Build,
  secret: string,
  starts: number,
): Promise<IdleMemory> {
  const idle: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < starts; i++) {
    const server = await startServer({ env: database.env, secret, build, production: build === 'dist' });
    try {
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const { rssMiB, peakMiB } = server.memory();
      idle.push(rssMiB);
      peaks.push(peakMiB);
    } finally {
      await server.stop();
    }
  }
  return {
    build,
    mode: build === 'dist' ? 'production' : 'development',
    idleMiB: median(idle),
    startPeakMiB: median(peaks),
    runsMiB: idle,
  };
}
