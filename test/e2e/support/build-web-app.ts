import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    webBuildDir: string;
  }
}

/**
 * Global setup: only a folder for this run's web build. The build itself (about 1–2 s of
 * Vite) happens on the first browser test's demand (web-root.ts), so a run without
 * browser tests never pays it.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'roster-web-'));
  project.provide('webBuildDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
