import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import {
  markReadBody,
  notificationListQuery,
  notificationListSchema,
  preferencesBody,
  preferencesSchema,
  unreadCountSchema,
} from '../../contracts/notifications.ts';
import { countUnread } from '../../core/notifications/count-unread.ts';
import { listNotifications } from '../../core/notifications/list-notifications.ts';
import { markRead } from '../../core/notifications/mark-read.ts';
import { getPreferences, setPreferences } from '../../core/notifications/preferences.ts';
import { requireViewer } from '../plugins/session.ts';

/** The signed-in user's own notifications and the choices of what reaches them. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;
  const tags = ['notifications'];

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first',
        querystring: notificationListQuery,
        response: { 200: notificationListSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => listNotifications(db, { userId: (await requireViewer(request)).id, ...request.query }),
  );

  app.get(
    '/api/v1/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'The number on the bell',
        response: { 200: unreadCountSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => ({ unread: await countUnread(db, (await requireViewer(request)).id) }),
  );

  app.post(
    '/api/v1/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark some ({ ids }) or all ({ all: true }) of my notifications read',
        body: markReadBody,
        response: { 200: unreadCountSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const userId = (await requireViewer(request)).id;
      const body = request.body;
      return {
        unread: await markRead(db, { userId, ...('all' in body ? { all: true } : { ids: body.ids }) }),
      };
    },
  );

  app.get(
    '/api/v1/me/notification-preferences',
    {
      schema: {
        tags,
        summary: 'For each notification type: shown in the app, sent by e-mail',
        response: { 200: preferencesSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => getPreferences(db, (await requireViewer(request)).id),
  );

  app.put(
    '/api/v1/me/notification-preferences',
    {
      schema: {
        tags,
        summary: 'Change some notification types; the rest keep their setting',
        body: preferencesBody,
        response: { 200: preferencesSchema, '4xx': errorBodySchema },
      },
    },
    async (request) =>
      setPreferences(db, { userId: (await requireViewer(request)).id, changes: request.body }),
  );
};
