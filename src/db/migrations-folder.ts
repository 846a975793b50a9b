import { fileURLToPath } from 'node:url';

/**
 * The Drizzle migrations folder beside this module: src/db/migrations under tsx, and
 * dist/migrations in the compiled build, where scripts/build.ts copies them next to the
 * bundled code.
 */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
