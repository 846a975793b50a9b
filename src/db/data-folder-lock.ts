import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { tryLock, unlock } from 'fs-native-extensions';

import { DataFolderInUseError } from './data-folder-in-use.ts';

export { DataFolderInUseError };

/**
 * PGlite is one process's database: two processes on one folder both serve and lose
 * acknowledged writes. A kernel lock on `roster.lock` (open-file-description lock on
 * Linux, flock on macOS, LockFileEx on Windows) says who owns the folder. The kernel
 * drops it when the holder exits, however it exits (SIGKILL included), so there is no
 * stale time to guess and no way to take it from a live process, even a paused one.
 * The pid written inside is only for the message; the lock, not the pid, decides.
 */
export function lockDataFolder(dataDir: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'roster.lock');
  const fd = openSync(file, 'a+');
  if (!tryLock(fd)) {
    closeSync(fd);
    const holder = readFileSync(file, 'utf8').trim() || 'unknown';
    throw new DataFolderInUseError(
      `The data folder ${dataDir} is in use by another Roster process (pid ${holder}): stop that process first, or set DATA_DIR to another folder (several instances can share one database through DATABASE_URL)`,
    );
  }
  ftruncateSync(fd, 0);
  writeSync(fd, `${process.pid}\n`, 0);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      unlock(fd);
      closeSync(fd);
    },
  };
}
