import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { providerWebhookReplySchema } from '../../contracts/billing.ts';
import { errorBodySchema } from '../../contracts/errors.ts';
import { receiveProviderEvent } from '../../core/billing/receive-provider-event.ts';
import { requirePayments } from '../../core/billing/require-payments.ts';

/**
 * Stripe's events. The signature is checked over the exact bytes Stripe sent, so this route
 * (and only this one) reads its body raw. Nothing in an event is applied as it stands: the
 * event is recorded once by id and the worker fetches the subscription's current state.
 */
export const stripeWebhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;
  const { payments } = app.roster.billing;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 1_048_576 }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/api/v1/billing/stripe/webhook',
    {
      schema: {
        tags: ['billing'],
        summary: 'Stripe webhook endpoint (signed with STRIPE_WEBHOOK_SECRET); point Stripe at this URL',
        security: [],
        response: { 200: providerWebhookReplySchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async (request) => {
      const provider = requirePayments(payments);
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const signature = request.headers['stripe-signature'];
      const event = provider.parseEvent(body, typeof signature === 'string' ? signature : undefined);
      const { duplicate } = await receiveProviderEvent(db, event);
      request.log.info({ eventId: event.id, type: event.type, duplicate }, 'stripe event');
      return { received: true as const, duplicate };
    },
  );
};
