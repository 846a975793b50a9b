import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL from the schema; the server applies it at start-up
// with the migrator of whichever driver it runs on (PGlite or pg).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/*.ts',
  out: './src/db/migrations',
});
