/**
 * Driver errors arrive wrapped, once by Drizzle and once more by better-auth: the SQLSTATE
 * and constraint name sit on the innermost error. These helpers walk the `cause` chain so
 * callers can match on a constraint by name.
 */
type PgErrorFields = { code?: string; constraint?: string };

function fields(error: unknown): PgErrorFields {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as PgErrorFields & { cause?: unknown };
    if (typeof candidate.code === 'string') return { code: candidate.code, constraint: candidate.constraint };
    current = candidate.cause;
  }
  return {};
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const f = fields(error);
  return f.code === '23505' && (constraint === undefined || f.constraint === constraint);
}

export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const f = fields(error);
  return f.code === '23514' && (constraint === undefined || f.constraint === constraint);
}

/**
 * A write that refers to a person whose account was deleted meanwhile (every foreign key
 * to "user" is named `<table>_user_id_user_id_fk`): a join racing the joiner's deletion.
 */
export function isDeletedUserReference(error: unknown): boolean {
  const f = fields(error);
  return f.code === '23503' && (f.constraint?.endsWith('_user_id_user_id_fk') ?? false);
}

/**
 * Text PostgreSQL cannot hold or compare, such as a NUL byte ("invalid byte sequence for
 * encoding UTF8: 0x00"): the client sent it, so it is their error, not ours.
 */
export function isUnstorableText(error: unknown): boolean {
  const code = fields(error).code;
  return code === '22021' || code === '22P05';
}

const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);

// pg reports a dead connection without a SQLSTATE, in words only.
const unavailableMessages =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|terminating connection/i;

/** The database server is down or restarting: the request may succeed if retried. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = fields(error).code;
  if (code && (unavailableCodes.has(code) || code.startsWith('08'))) return true;
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    if (unavailableMessages.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}
