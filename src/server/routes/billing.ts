import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { billingSchema, seatChangeSchema, seatPreviewSchema, seatsBody } from '../../contracts/billing.ts';
import { errorBodySchema } from '../../contracts/errors.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import { getBilling } from '../../core/billing/get-billing.ts';
import { planSeatChange } from '../../core/billing/plan-seat-change.ts';
import { setSeats } from '../../core/billing/set-seats.ts';
import { createBillingProvider } from '../../integrations/billing/create-billing-provider.ts';
import { requireViewer } from '../plugins/session.ts';

/**
 * Seats and billing (owner only). A change is checked, then put to the billing provider
 * outside any transaction, then written only once the provider says it is applied.
 */
export const billingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.roster;
  const billing = createBillingProvider(config);
  const provider = billing.name;
  const tags = ['billing'];

  app.get(
    '/api/v1/organizations/:orgId/billing',
    {
      schema: {
        tags,
        summary: 'Billing provider, status and seats bought, assigned and available (owner)',
        params: orgIdParams,
        response: { 200: billingSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return getBilling(db, { organizationId: request.params.orgId, actorId: viewer.id, provider });
    },
  );

  app.post(
    '/api/v1/organizations/:orgId/billing/seats/preview',
    {
      schema: {
        tags,
        summary: 'What changing the number of seats would do and cost; changes nothing (owner)',
        params: orgIdParams,
        body: seatsBody,
        response: { 200: seatPreviewSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      const { organization, ...plan } = await planSeatChange(db, {
        organizationId: request.params.orgId,
        actorId: viewer.id,
        seats: request.body.seats,
        provider,
      });
      return { ...plan, ...(await billing.previewSeats(organization, request.body.seats)) };
    },
  );

  app.put(
    '/api/v1/organizations/:orgId/billing/seats',
    {
      schema: {
        tags,
        summary: 'Set the number of seats; never below the seats assigned (owner)',
        params: orgIdParams,
        body: seatsBody,
        response: { 200: seatChangeSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      const change = { organizationId: request.params.orgId, actorId: viewer.id, seats: request.body.seats };
      // Refused changes never reach the provider; the guarded write in setSeats decides.
      const { organization } = await planSeatChange(db, { ...change, provider });
      const outcome = await billing.changeSeats(organization, change.seats);
      if (outcome === 'pending-confirmation') {
        // The provider's webhook writes the count when it confirms; nothing changes yet.
        return { outcome, billing: await getBilling(db, { ...change, provider }), admitted: 0 };
      }
      return { outcome, ...(await setSeats(db, { ...change, provider })) };
    },
  );
};
