import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time used so far by every PostgreSQL process on this machine (user + system, in
 * milliseconds, from /proc). The bench reads it around a burst: Roster's joins and the
 * bare claim both cost the database something, and on a 2-core machine that is CPU the
 * server does not get. Backends that exit during a burst are missed; the pools keep theirs.
 */
export function databaseCpuMs(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const open = stat.indexOf('(');
      const close = stat.lastIndexOf(')');
      if (stat.slice(open + 1, close) !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}
