/**
 * Drizzle wraps driver errors: the SQLSTATE and constraint name sit on `cause`.
 * These helpers read both shapes so callers can match on a constraint by name.
 */
type PgErrorFields = { code?: string; constraint?: string };

function fields(error: unknown): PgErrorFields {
  if (typeof error !== 'object' || error === null) return {};
  const cause = (error as { cause?: unknown }).cause;
  const source = (typeof cause === 'object' && cause !== null ? cause : error) as PgErrorFields;
  return { code: source.code, constraint: source.constraint };
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const f = fields(error);
  return f.code === '23505' && (constraint === undefined || f.constraint === constraint);
}

export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const f = fields(error);
  return f.code === '23514' && (constraint === undefined || f.constraint === constraint);
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

/** The database server is down or restarting: the request may succeed if retried. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = fields(error).code;
  if (code && (unavailableCodes.has(code) || code.startsWith('08'))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect/i.test(message);
}
