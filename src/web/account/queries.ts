import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  acceptedSchema,
  passwordResetDoneSchema,
  sessionListSchema,
  signedOutSchema,
  verifyEmailResultSchema,
} from '../../contracts/account.ts';
import { type Me, meSchema } from '../../contracts/plus.ts';
import { sessionKey } from '../auth/session.ts';
import { api } from '../lib/api.ts';

export const meKey = ['me'] as const;
const sessionsKey = ['me', 'sessions'] as const;

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: () => api('/api/v1/me', { schema: meSchema }) });
}

/** After a change to the account: the page's copy, and the header's (name, address). */
function useAccountSaved() {
  const queryClient = useQueryClient();
  return (me?: Me) => {
    if (me) queryClient.setQueryData(meKey, me);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: meKey }),
      queryClient.invalidateQueries({ queryKey: sessionKey }),
    ]);
  };
}

export function useUpdateProfile() {
  const saved = useAccountSaved();
  return useMutation({
    mutationFn: (body: { name?: string; image?: null }) =>
      api('/api/v1/me', { method: 'PATCH', body, schema: meSchema }),
    onSuccess: saved,
  });
}

export function useUploadAvatar() {
  const saved = useAccountSaved();
  return useMutation({
    mutationFn: (file: File) => api('/api/v1/me/image', { method: 'PUT', body: file, schema: meSchema }),
    onSuccess: saved,
  });
}

/** "Resend": a new verification link, which brings the person back to `next`. */
export function useResendVerification() {
  return useMutation({
    mutationFn: (next?: string) =>
      api('/api/v1/me/email-verification', {
        method: 'POST',
        body: next ? { next } : {},
        schema: acceptedSchema,
      }),
  });
}

export function useChangeEmail() {
  return useMutation({
    mutationFn: (body: { newEmail: string; password?: string }) =>
      api('/api/v1/me/email', { method: 'POST', body, schema: acceptedSchema }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string; signOutOtherDevices: boolean }) =>
      api('/api/v1/me/password', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: () => api('/api/v1/me/sessions', { schema: sessionListSchema }),
  });
}

export function useSignOutOthers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api('/api/v1/me/sessions/sign-out-others', { method: 'POST', schema: signedOutSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password?: string) =>
      api('/api/v1/me', { method: 'DELETE', body: password === undefined ? {} : { password } }),
    onSuccess: () => {
      // Nothing cached belongs to anyone any more.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, null);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      api('/api/v1/password-reset', { method: 'POST', body: { email }, schema: acceptedSchema }),
  });
}

export function useCompletePasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; newPassword: string }) =>
      api('/api/v1/password-reset/complete', { method: 'POST', body, schema: passwordResetDoneSchema }),
    // The answer signed this browser in: whatever was cached was someone else's, or nobody's.
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      return queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      api('/api/v1/email-verification', { method: 'POST', body: { token }, schema: verifyEmailResultSchema }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meKey }),
        queryClient.invalidateQueries({ queryKey: sessionKey }),
      ]),
  });
}
