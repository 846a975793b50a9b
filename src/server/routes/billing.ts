import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  billingSchema,
  portalSchema,
  seatChangeSchema,
  seatPreviewSchema,
  seatsBody,
  setSeatsBody,
} from '../../contracts/billing.ts';
import { errorBodySchema } from '../../contracts/errors.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import { changePaidSeats } from '../../core/billing/change-paid-seats.ts';
import { getBilling } from '../../core/billing/get-billing.ts';
import { openBillingPortal } from '../../core/billing/open-billing-portal.ts';
import { planSeatChange } from '../../core/billing/plan-seat-change.ts';
import { setSeats } from '../../core/billing/set-seats.ts';
import { billingRateLimits } from '../plugins/rate-limits.ts';
import { requireViewer } from '../plugins/session.ts';

/**
 * Seats and billing (owner only). A change is checked first, so a refused change never
 * reaches the payment provider; the provider is asked outside any transaction.
 */
export const billingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.roster;
  const { context, payments } = app.roster.billing;
  const tags = ['billing'];
  const limits = billingRateLimits();

  app.get(
    '/api/v1/organizations/:orgId/billing',
    {
      schema: {
        tags,
        summary: 'Plan, cycle, status, next payment and seats bought, assigned and available (owner)',
        params: orgIdParams,
        response: { 200: billingSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return getBilling(db, { organizationId: request.params.orgId, actorId: viewer.id, context });
    },
  );

  app.post(
    '/api/v1/organizations/:orgId/billing/seats/preview',
    {
      preHandler: limits.seats,
      schema: {
        tags,
        summary: 'What changing the number of seats would do and cost (prorated); changes nothing (owner)',
        params: orgIdParams,
        body: seatsBody,
        response: { 200: seatPreviewSchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      const { seats } = request.body;
      const { organization, subscription, ...plan } = await planSeatChange(db, {
        organizationId: request.params.orgId,
        actorId: viewer.id,
        seats,
        context,
      });
      if (!payments || !subscription) return { ...plan, amountDue: null, recurring: null };
      return { ...plan, ...(await payments.previewSeats(subscription, seats)) };
    },
  );

  app.put(
    '/api/v1/organizations/:orgId/billing/seats',
    {
      preHandler: limits.seats,
      schema: {
        tags,
        summary:
          'Set the number of seats; never below the seats assigned. Added seats admit waiting seat requests: those in admitFirst first, then the others oldest first (owner)',
        params: orgIdParams,
        body: setSeatsBody,
        response: { 200: seatChangeSchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      const change = {
        organizationId: request.params.orgId,
        actorId: viewer.id,
        seats: request.body.seats,
        admitFirst: request.body.admitFirst,
        context,
      };
      const plan = await planSeatChange(db, change);
      if (!payments) return { outcome: 'applied' as const, ...(await setSeats(db, change)) };
      return changePaidSeats(db, payments, { ...change, plan });
    },
  );

  app.post(
    '/api/v1/organizations/:orgId/billing/portal',
    {
      preHandler: limits.portal,
      schema: {
        tags,
        summary: "A link to the payment provider's portal: payment methods, invoices, cancellation (owner)",
        params: orgIdParams,
        response: { 200: portalSchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      const { orgId } = request.params;
      return openBillingPortal(db, payments, {
        organizationId: orgId,
        actorId: viewer.id,
        returnUrl: `${config.baseUrl}/organizations/${orgId}/billing`,
      });
    },
  );
};
