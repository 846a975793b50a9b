import autocannon, { type Result } from 'autocannon';

export type LoadResult = {
  requests: number;
  /** Responses per status code. */
  statuses: Record<string, number>;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  seconds: number;
  /** Server CPU time per request, where the bench measured it. */
  serverCpuMsPerRequest?: number;
  /** Statements the server sent per request, its worker's included (the background expansion). */
  statementsPerRequest?: number;
  /** PostgreSQL's CPU per request (all its processes), where the bench measured it. */
  databaseCpuMsPerRequest?: number;
  /** How long after the burst its worker was done (events expanded, mails sent), in ms. */
  workerLagMs?: number;
};

function summarize(result: Result): LoadResult {
  const statuses: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) statuses[code] = count;
  const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    requests,
    statuses,
    perSecond: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    seconds: result.duration,
  };
}

/**
 * One request per item, `connections` at a time (keep-alive), each built by `build`:
 * the join burst sends every user's own cookie to their own organization's link.
 */
export async function burst<T>(
  url: string,
  connections: number,
  items: T[],
  build: (item: T) => { method: string; path: string; headers: Record<string, string> },
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    amount: items.length,
    timeout: 60,
    // autocannon reports a run's duration at its next sample tick: at the default 1 s, a
    // 2.1 s burst counted as 3 s (a third fewer joins per second than were answered).
    sampleInt: 10,
    requests: [
      {
        setupRequest: (request) => {
          const item = items[next++ % items.length]!;
          return { ...request, ...build(item) };
        },
      },
    ],
  });
  return summarize(result);
}

/** The same GET for `seconds`, `connections` at a time. */
export async function sustained(
  url: string,
  path: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}${path}`,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    headers: options.headers ?? {},
  });
  return summarize(result);
}
