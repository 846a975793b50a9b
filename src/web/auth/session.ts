import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../lib/api.ts';

// better-auth's own session answer; only the fields the app uses.
const sessionSchema = z
  .object({
    user: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      emailVerified: z.boolean().optional(),
      image: z.string().nullish(),
    }),
  })
  .nullable();
export type Session = z.infer<typeof sessionSchema>;

export const sessionKey = ['session'] as const;

/** Who is signed in: read by the header, the pages and the router's guard (one cache entry). */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: () => api('/api/auth/get-session', { schema: sessionSchema }),
  staleTime: 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api('/api/auth/sign-out', { method: 'POST', body: {} }),
    onSuccess: () => {
      // Everything cached belonged to the person who just left.
      forgetAccountData(queryClient);
      queryClient.setQueryData(sessionKey, null);
    },
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api('/api/auth/sign-in/email', { method: 'POST', body }),
    onSuccess: () => {
      forgetAccountData(queryClient);
      return queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    // `callbackURL`: where the link in the verification mail brings them back to (an invite).
    mutationFn: (body: { name: string; email: string; password: string; callbackURL: string }) =>
      api('/api/auth/sign-up/email', { method: 'POST', body }),
    onSuccess: () => {
      forgetAccountData(queryClient);
      return queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

function forgetAccountData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
}
