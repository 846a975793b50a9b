import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the ten slowest test files after the run, so the next slowdown shows up in the
 * output of every `npm test`. "Tests" is tests and hooks (the file's own work); "import"
 * is loading the file and what it imports.
 */
export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const rows = testModules
      .map((module) => {
        const d = module.diagnostic();
        return {
          file: path.relative(process.cwd(), module.moduleId),
          tests: d.duration,
          import: d.collectDuration,
        };
      })
      .sort((a, b) => b.tests + b.import - (a.tests + a.import))
      .slice(0, 10);
    if (rows.length === 0) return;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
    const lines = rows.map(
      (r) => `${s(r.tests + r.import)}  (tests ${s(r.tests)}, import ${s(r.import)})  ${r.file}`,
    );
    process.stdout.write(`\nSlowest test files:\n${lines.join('\n')}\n`);
  }
}
