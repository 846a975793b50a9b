/**
 * Where an account created on the way to an invite lands: the invite with `?from=sign-up`,
 * which the invite page passes to the preview once so the link's insights count the
 * sign-up (decisions 0031, 0035). Anywhere else: undefined, the usual destination.
 */
export function newAccountReturn(next: string): string | undefined {
  if (!next.startsWith('/join/')) return undefined;
  const url = new URL(next, 'http://roster.invalid');
  url.searchParams.set('from', 'sign-up');
  return `${url.pathname}${url.search}`;
}
