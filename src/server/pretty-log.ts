/**
 * In development the log is for a person at a terminal: pino-pretty, in this process
 * (no worker thread). Loaded only then, so production and tests never load it and keep
 * pino's JSON lines.
 */
export async function prettyLogStream(): Promise<{ write(line: string): void }> {
  const { default: pretty } = await import('pino-pretty');
  return pretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
}
