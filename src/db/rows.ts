import type { SQL } from 'drizzle-orm';
import type { Database } from './client.ts';

/** Raw SQL for the rare query the builder cannot say; both drivers answer with `{ rows }`. */
export async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
