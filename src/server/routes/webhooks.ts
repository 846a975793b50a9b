import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import {
  createdWebhookSchema,
  createWebhookBody,
  outboxIdParams,
  outboxStatusSchema,
  webhookIdParams,
  webhookListSchema,
} from '../../contracts/webhooks.ts';
import { outboxStatus } from '../../core/outbox/outbox-status.ts';
import { retryDeadRow } from '../../core/outbox/retry-dead-row.ts';
import { deleteWebhook, listWebhooks, registerWebhook } from '../../core/webhooks/manage-webhooks.ts';
import { operatorGuard } from '../plugins/operator-auth.ts';

/** Operator API: webhook receivers, and the delivery backlog behind them and e-mail. */
export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;
  app.addHook('onRequest', operatorGuard(app.roster.config.apiKey));
  const security = [{ apiKey: [] }];
  const tags = ['operator'];
  const errors = { '4xx': errorBodySchema, '5xx': errorBodySchema };

  app.post(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        security,
        summary: 'Register a webhook receiver; the signing secret is returned only now',
        body: createWebhookBody,
        response: { 201: createdWebhookSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await registerWebhook(db, request.body)),
  );

  app.get(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        security,
        summary: 'Registered webhook receivers',
        response: { 200: webhookListSchema, ...errors },
      },
    },
    async () => ({ webhooks: await listWebhooks(db) }),
  );

  app.delete(
    '/api/v1/webhooks/:webhookId',
    {
      schema: {
        tags,
        security,
        summary: 'Remove a webhook receiver',
        params: webhookIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteWebhook(db, request.params.webhookId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/admin/outbox',
    {
      schema: {
        tags,
        security,
        summary: 'Delivery backlog: pending, dead (with the last error) and done rows',
        response: { 200: outboxStatusSchema, ...errors },
      },
    },
    async () => outboxStatus(db),
  );

  app.post(
    '/api/v1/admin/outbox/:outboxId/retry',
    {
      schema: {
        tags,
        security,
        summary: 'Give a dead row a fresh set of attempts',
        params: outboxIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await retryDeadRow(db, request.params.outboxId);
      return reply.status(204).send(null);
    },
  );
};
