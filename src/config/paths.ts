import { fileURLToPath } from 'node:url';

// `npm run build` (scripts/build.ts) defines this as true: the code then runs bundled from
// dist/*.js, where Vite builds dist/web (the migrations: db/migrations-folder.ts).
declare const __ROSTER_COMPILED__: boolean | undefined;

/** Whether this code runs from the compiled build (`npm run start:prod`) rather than from src/ under tsx. */
export const compiled = typeof __ROSTER_COMPILED__ !== 'undefined' && __ROSTER_COMPILED__;

/** Where Vite built the web app (dist/web), from src/ or from the compiled output. */
export const defaultWebRoot = fileURLToPath(
  compiled ? new URL('./web', import.meta.url) : new URL('../../dist/web', import.meta.url),
);
