import { z } from 'zod';
import { ownPath } from '../../contracts/account.ts';

/**
 * Search params stay plain `?key=value` strings, as the server writes them into mails and
 * provider return URLs (`?token=…`, `?next=/join/…`, `?canceled=1`). TanStack Router's
 * default would read them as JSON (a numeric token would become a number) and write strings
 * back in quotes; these two keep every existing URL as it was.
 */
export function parseSearch(searchStr: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(searchStr));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

// A bad value never fails the page: it reads as absent, as a missing one would.

/** Some text: a token from a mail, an organization's name on `?left=`. */
export const text = z.string().max(8_000).optional().catch(undefined);

/** A flag set by the app itself on the way somewhere (`?welcome=1`). */
export const flag = z.literal('1').optional().catch(undefined);

/** Where to go once signed in; only a path on this site, never another site (no open redirect). */
export const next = ownPath.optional().catch(undefined);
