import pg from 'pg';

/** The PostgreSQL server tests may create databases on; set for the second CI pass. */
export const adminUrl = process.env.DATABASE_URL;

export function databaseUrlFor(name: string): string {
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One statement on the admin connection (CREATE/DROP DATABASE cannot run in a pool's transaction). */
export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
