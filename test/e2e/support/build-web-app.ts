import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    webRoot: string;
  }
}

/**
 * Builds the web app once per test run, into a folder of its own: tests always see the
 * current code, and a run never empties the dist/web that a running `npm start` serves.
 * Browser tests hand the folder to the server as WEB_ROOT.
 */
export default function setup(project: TestProject) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'roster-web-'));
  const started = Date.now();
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  console.log(`web app built for the browser tests in ${Date.now() - started} ms`);
  project.provide('webRoot', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
