import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type NotificationType,
  notificationListSchema,
  notificationSchema,
  preferencesSchema,
  unreadCountSchema,
} from '../../contracts/notifications.ts';
import { api } from '../lib/api.ts';
import { useEventSource } from '../lib/use-event-source.ts';

export const unreadKey = ['notifications', 'unread'] as const;
export const listKey = ['notifications', 'list'] as const;
const preferencesKey = ['notifications', 'preferences'] as const;
type Preferences = z.infer<typeof preferencesSchema>;

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: unreadKey,
    queryFn: () => api('/api/v1/notifications/unread-count', { schema: unreadCountSchema }),
    enabled,
    // The stream below keeps it live; this only covers a dropped stream.
    refetchInterval: 60_000,
  });
}

/** The bell's live feed: the unread count and each new notification as it happens. */
export function useLiveNotifications(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEventSource(enabled ? '/api/v1/notifications/stream' : null, {
    unread: (data) => {
      const parsed = unreadCountSchema.safeParse(data);
      if (parsed.success) queryClient.setQueryData(unreadKey, parsed.data);
    },
    notification: (data) => {
      if (notificationSchema.safeParse(data).success)
        void queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: listKey,
    queryFn: () => api('/api/v1/notifications?limit=30', { schema: notificationListSchema }),
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      api('/api/v1/notifications/read', { method: 'POST', body, schema: unreadCountSchema }),
    onSuccess: (count) => {
      queryClient.setQueryData(unreadKey, count);
      return queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: () => api('/api/v1/me/notification-preferences', { schema: preferencesSchema }),
  });
}

export function useSetPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { type: NotificationType; channel: 'inApp' | 'email'; on: boolean }) =>
      api('/api/v1/me/notification-preferences', {
        method: 'PUT',
        body: { [change.type]: { [change.channel]: change.on } },
        schema: preferencesSchema,
      }),
    // The switch flips at once; a refusal puts it back and shows the server's message.
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: preferencesKey });
      const before = queryClient.getQueryData<Preferences>(preferencesKey);
      if (before) {
        const current = before[change.type] ?? { inApp: false, email: false };
        queryClient.setQueryData<Preferences>(preferencesKey, {
          ...before,
          [change.type]: { ...current, [change.channel]: change.on },
        });
      }
      return { before };
    },
    onError: (_error, _change, context) => {
      if (context?.before) queryClient.setQueryData(preferencesKey, context.before);
    },
    onSuccess: (prefs) => queryClient.setQueryData<Preferences>(preferencesKey, prefs),
  });
}
