import type { FastifyRequest } from 'fastify';
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
import { billingRateLimits } from '../plugins/rate-limits.ts';
import { requireViewer } from '../plugins/session.ts';

/**
 * Paying for seats with the provider's hosted checkout: start one (a new organization, or a
 * new subscription for an existing one), then come back and wait for it to complete.
 */
export const checkoutRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.roster;
  const { context, payments } = app.roster.billing;
  const tags = ['billing'];
  const limits = billingRateLimits();
  const started = { 201: checkoutSchema, '4xx': errorBodySchema, '5xx': errorBodySchema };
  /** Both ways in differ only in what the checkout pays for. */
  const start = async (
    request: FastifyRequest,
    seats: number,
    target: { name: string } | { organizationId: string },
  ) => {
    const viewer = await requireViewer(request);
    return startCheckout(db, payments, {
      userId: viewer.id,
      email: viewer.email,
      seats,
      baseUrl: config.baseUrl,
      context,
      target,
    });
  };

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
      preHandler: limits.startCheckout,
      schema: {
        tags,
        summary: 'Start paying for a new organization; answers with the payment page to open',
        body: startCheckoutBody,
        response: started,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await start(request, request.body.seats, { name: request.body.name })),
  );

  app.post(
    '/api/v1/organizations/:orgId/billing/checkout',
    {
      preHandler: limits.startCheckout,
      schema: {
        tags,
        summary: 'Subscribe again (or for the first time) for an existing organization (owner)',
        params: orgIdParams,
        body: seatsBody,
        response: started,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await start(request, request.body.seats, { organizationId: request.params.orgId })),
  );

  app.get(
    '/api/v1/billing/checkout/:checkoutId',
    {
      preHandler: limits.checkoutStatus,
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
