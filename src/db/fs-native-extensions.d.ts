// The package ships no types; these are the two calls Roster uses (see its README).
declare module 'fs-native-extensions' {
  /** An exclusive (or shared) kernel lock on an open file: true if granted, false if held elsewhere. */
  export function tryLock(fd: number, options?: { shared?: boolean }): boolean;
  export function unlock(fd: number): void;
}
