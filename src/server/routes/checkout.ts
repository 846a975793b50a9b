import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  billingOfferSchema,
  checkoutIdParams,
  checkoutSchema,
  seatsBody,
  startCheckoutBody,
} from '../../contracts/billing.ts';
import { errorBodySchema } from '../../contracts/errors.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import { refreshCheckout } from '../../core/billing/refresh-checkout.ts';
import { startCheckout } from '../../core/billing/start-checkout.ts';
import { requireViewer } from '../plugins/session.ts';

/**
 * Paying for seats with the provider's hosted checkout: start one (a new organization, or a
 * new subscription for an existing one), then come back and wait for it to complete.
 */
export const checkoutRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.roster;
  const { context, payments } = app.roster.billing;
  const tags = ['billing'];

  app.get(
    '/api/v1/billing',
    {
      schema: {
        tags,
        summary: 'How this Roster bills: the provider and the price per seat (null when seats are free)',
        response: { 200: billingOfferSchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async (request) => {
      await requireViewer(request);
      return { provider: context.provider, price: payments ? await payments.price() : null };
    },
  );

  app.post(
    '/api/v1/billing/checkout',
    {
      schema: {
        tags,
        summary: 'Start paying for a new organization; answers with the payment page to open',
        body: startCheckoutBody,
        response: { 201: checkoutSchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      const checkout = await startCheckout(db, payments, {
        userId: viewer.id,
        seats: request.body.seats,
        baseUrl: config.baseUrl,
        target: { name: request.body.name },
      });
      return reply.status(201).send(checkout);
    },
  );

  app.post(
    '/api/v1/organizations/:orgId/billing/checkout',
    {
      schema: {
        tags,
        summary: 'Subscribe again (or for the first time) for an existing organization (owner)',
        params: orgIdParams,
        body: seatsBody,
        response: { 201: checkoutSchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      const checkout = await startCheckout(db, payments, {
        userId: viewer.id,
        seats: request.body.seats,
        baseUrl: config.baseUrl,
        target: { organizationId: request.params.orgId },
      });
      return reply.status(201).send(checkout);
    },
  );

  app.get(
    '/api/v1/billing/checkout/:checkoutId',
    {
      schema: {
        tags,
        summary: 'A checkout I started; asks the provider while it is open, and completes it once paid',
        params: checkoutIdParams,
        response: { 200: checkoutSchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return refreshCheckout(db, payments, {
        checkoutId: request.params.checkoutId,
        userId: viewer.id,
        context,
      });
    },
  );
};
