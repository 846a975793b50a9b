const INVITE_PATH = /^(\/(?:api\/v1\/invites|join)\/[^/?]+\/)[^/?]+/;

/** Query keys whose values never hold a secret or a person's data. */
const PLAIN_QUERY_KEYS = new Set([
  'organizationId',
  'limit',
  'cursor',
  'canceled',
  'action',
  'type',
  'status',
]);

/**
 * Replaces what a URL may carry that a log must not: the token of an invite URL, and every
 * query value but a few plain ones — `?next=/join/{org}/{token}` on the sign-in and sign-up
 * pages, an unsubscribe or password-reset token, a name searched for.
 */
export function redactUrl(url: string): string {
  const mark = url.indexOf('?');
  const path = (mark < 0 ? url : url.slice(0, mark)).replace(INVITE_PATH, '$1[token]');
  if (mark < 0) return path;
  const query = url
    .slice(mark + 1)
    .split('&')
    .map((pair) => {
      const key = pair.split('=', 1)[0] ?? '';
      return PLAIN_QUERY_KEYS.has(key) || pair === key ? pair : `${key}=[redacted]`;
    })
    .join('&');
  return `${path}?${query}`;
}

// Drizzle writes a failed query as "Failed query: <sql>\nparams: <values>": the values
// (e-mail addresses, session tokens, keys) are everything after that line's start.
const QUERY_PARAMS = /\nparams: [\s\S]*$/;

/** An error's message without the parameter values of a failed query. */
export function withoutQueryParams(message: string): string {
  return message.replace(QUERY_PARAMS, '\nparams: [redacted]');
}

/**
 * The log serializer for errors: type, code, message and stack of the error and its causes,
 * with the values of failed queries taken out. Only these fields: a driver error's
 * `detail` ("Key (email)=(…) already exists") and Drizzle's `params` never reach the log.
 */
export function serializeError(error: unknown): {
  type: string;
  message: string;
  stack: string;
  [key: string]: unknown;
} {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error), stack: '' };
  const messages: string[] = [];
  const stacks: string[] = [];
  let code: unknown;
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    const message = withoutQueryParams(current.message);
    messages.push(message);
    stacks.push((current.stack ?? '').replace(current.message, message));
    code ??= (current as { code?: unknown }).code;
    current = current.cause;
  }
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  return {
    type: error.name,
    message: messages.join(': '),
    stack: stacks.join('\ncaused by: '),
    ...(typeof code === 'string' && { code }),
    ...(typeof statusCode === 'number' && { statusCode }),
  };
}
