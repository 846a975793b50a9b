import { cpSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * `npm run build` (after `vite build`): compiles the server and the worker to JavaScript in
 * dist/ for `npm run start:prod`. One ESM bundle per entry, with the shared code split into
 * chunks so the lazy imports of src/main.ts stay lazy; packages stay in node_modules.
 */
const outdir = 'dist';
// Everything lands directly in dist/ (chunks too), so that import.meta.url of any compiled
// file names dist/ and src/config/paths.ts finds dist/migrations and dist/web beside it.
rmSync(`${outdir}/migrations`, { recursive: true, force: true });
for (const old of readdirSync(outdir, { withFileTypes: true }))
  if (old.isFile() && /\.js(\.map)?$/.test(old.name)) rmSync(`${outdir}/${old.name}`);

await build({
  entryPoints: { main: 'src/main.ts', worker: 'src/worker/main.ts', 'compiled-api': 'src/compiled-api.ts' },
  outdir,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  // src/config/paths.ts: find the web build from dist/.
  define: { __ROSTER_COMPILED__: 'true' },
  logLevel: 'warning',
});
cpSync('src/db/migrations', `${outdir}/migrations`, { recursive: true });
console.log('Compiled the server and the worker into dist/ (run them with npm run start:prod)');
