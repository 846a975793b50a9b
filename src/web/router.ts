import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { PageError } from './layout/page-error.tsx';
import { parseSearch, stringifySearch } from './lib/search-params.ts';
import { routeTree } from './routes.tsx';

/** The app's router: the route tree of routes.tsx, with the query cache in every route's context. */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    // An unknown address gets the root's page whatever part of it matched a route.
    notFoundMode: 'root',
    defaultErrorComponent: PageError,
    // The pages ask for their own data (TanStack Query) and show their own loading states.
    defaultPreload: false,
    scrollRestoration: false,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    // Types every Link, navigate and redirect against the routes above.
    router: ReturnType<typeof createAppRouter>;
  }
}
