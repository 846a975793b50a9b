import type { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';

/** A failed request, with the server's code and the sentence it wrote for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds the server asked us to wait (Retry-After), on a 429. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Options<T> = { method?: string; body?: unknown; schema?: z.ZodType<T> };

/**
 * Every call to Roster's API goes through here: same-origin with the session cookie, JSON
 * both ways, and errors turned into ApiError with the server's own message to show.
 * Answers are checked against the shared contract schemas, so drift shows up at once.
 */
export async function api<T = unknown>(path: string, options: Options<T> = {}): Promise<T> {
  let response: Response;
  try {
    // A File goes up as its raw bytes with its own type (image uploads); anything else as JSON.
    const file = options.body instanceof Blob ? options.body : null;
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: file
        ? { 'content-type': file.type || 'application/octet-stream' }
        : options.body === undefined
          ? {}
          : { 'content-type': 'application/json' },
      body: file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Could not reach Roster. Check your connection and try again.');
  }
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : null;
  if (!response.ok) {
    const error = toApiError(response.status, data);
    const wait = Number(response.headers.get('retry-after'));
    if (response.status === 429 && wait > 0)
      throw new ApiError(error.status, error.code, error.message, wait);
    throw error;
  }
  return options.schema ? options.schema.parse(data) : (data as T);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toApiError(status: number, data: unknown): ApiError {
  const ours = errorBodySchema.safeParse(data);
  if (ours.success) return new ApiError(status, ours.data.error.code, ours.data.error.message);
  // better-auth (/api/auth/*) answers { code, message }.
  if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') {
    const code = 'code' in data && typeof data.code === 'string' ? data.code : `HTTP_${status}`;
    return new ApiError(status, code, data.message);
  }
  if (status === 429)
    return new ApiError(status, 'RATE_LIMITED', 'Too many attempts; wait a minute and try again.');
  return new ApiError(
    status,
    `HTTP_${status}`,
    `Roster answered with an unexpected error (${status}). Try again.`,
  );
}

/** The message to show for anything thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return `Something went wrong in the page: ${error.message}`;
  return 'Something went wrong.';
}
