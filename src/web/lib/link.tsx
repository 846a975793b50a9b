import { type LinkComponent, Link as RouterLink } from '@tanstack/react-router';

/**
 * TanStack Router's Link, typed by the route tree (`to`, `params`, `search`), marked as the
 * current page (aria-current) only on its own path: by default the router also marks every
 * link to a parent path, so "My organizations" in a breadcrumb would read as the page itself.
 */
export const Link: LinkComponent<'a'> = (props) => (
  <RouterLink activeOptions={{ exact: true, includeSearch: false }} {...props} />
);
