import { useMutation, useQuery } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { identityProviderListSchema, socialSignInAnswerSchema } from '../../contracts/identity-providers.ts';
import { api } from '../lib/api.ts';
import { newAccountReturn } from './new-account-return.ts';

/** The providers the server is configured with; they change only with a restart. */
export function useIdentityProviders() {
  return useQuery({
    queryKey: ['identity-providers'],
    queryFn: () => api('/api/v1/identity-providers', { schema: identityProviderListSchema }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Asks Roster to start (it sets the state cookie the callback checks), then leaves for the
 * provider. Success and refusal both come back as a page load: to `next`, or to the
 * sign-in page with ?error= and the same `next`, so the person can try again from there.
 * An account the provider's answer creates lands on the invite with ?from=sign-up, as a
 * password sign-up does, for the link's insights.
 */
export function useContinueWithProvider(next: string) {
  const router = useRouter();
  // Built by the router, so the sign-in page's path and its `next` cannot drift from routes.tsx.
  const signInAgain = router.buildLocation({ to: '/sign-in', search: { next } }).href;
  return useMutation({
    mutationFn: (provider: string) =>
      api('/api/auth/sign-in/social', {
        method: 'POST',
        body: {
          provider,
          callbackURL: next,
          errorCallbackURL: signInAgain,
          newUserCallbackURL: newAccountReturn(next),
        },
        schema: socialSignInAnswerSchema,
      }),
    onSuccess: ({ url }) => window.location.assign(url),
  });
}
