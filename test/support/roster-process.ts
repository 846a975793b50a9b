import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type RosterProcess = ReturnType<typeof startRosterProcess>;

/**
 * Runs `src/main.ts` as `npm start` does, in a process of its own, with this environment;
 * with ROSTER_COMPILED=1 (or `compiled`), `dist/main.js` as `npm run start:prod` does.
 */
export function startRosterProcess(env: Record<string, string>, options: { compiled?: boolean } = {}) {
  const compiled = options.compiled ?? process.env.ROSTER_COMPILED === '1';
  const args = compiled ? [...startProdNodeFlags(), 'dist/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH, NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // 'close', not 'exit': only then has everything the process wrote been read (a start-up
  // error's one line could still be in the pipe at 'exit').
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Roster is running')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`Roster exited with ${code}: ${output}`));
    });
  });
  // Processes expected to fail never become ready; only callers that await `ready` care.
  ready.catch(() => {});
  return { child, exited, ready, output: () => output };
}

/** The node flags `npm run start:prod` gives dist/main.js (package.json), so tests run what operators run. */
function startProdNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = (scripts['start:prod'] ?? '').split(/\s+/);
  return words.slice(words.indexOf('node') + 1, words.indexOf('dist/main.js'));
}
