/**
 * Another live process holds the embedded database's folder. A module of its own, so that
 * src/main.ts can recognise it without loading the lock's native addon on PostgreSQL.
 */
export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError';
}
