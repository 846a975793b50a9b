import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { waitFor } from '../../support/wait.ts';

/**
 * The web app built once per run, into a folder of its own: tests always see the current
 * code, and a run never empties the dist/web that a running `npm start` serves. The first
 * worker to ask builds (mkdir is the lock); the others wait for its "done" marker.
 */
export async function webRoot(): Promise<string> {
  const dir = inject('webBuildDir');
  const out = path.join(dir, 'out');
  const done = path.join(dir, 'done');
  const failed = path.join(dir, 'failed');
  try {
    mkdirSync(path.join(dir, 'lock'));
  } catch {
    await waitFor(() => existsSync(done) || existsSync(failed), {
      timeoutMs: 120_000,
      what: 'the web build',
    });
    if (existsSync(failed)) throw new Error('the web build failed in another worker');
    return out;
  }
  try {
    const started = Date.now();
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    console.log(`web app built for the browser tests in ${Date.now() - started} ms`);
  } catch (error) {
    writeFileSync(failed, '');
    throw error;
  }
  writeFileSync(done, '');
  return out;
}
