import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { lastReconcileReport, reconcileBilling } from '../../core/billing/reconcile-billing.ts';
import { requirePayments } from '../../core/billing/require-payments.ts';
import { operatorGuard } from '../plugins/operator-auth.ts';

const reportSchema = z.object({
  at: z.string(),
  checked: z.int(),
  repaired: z.array(
    z.object({
      organizationId: z.string(),
      seats: z.object({ from: z.int(), to: z.int() }),
      status: z.string(),
    }),
  ),
  drift: z.array(z.object({ organizationId: z.string(), message: z.string() })),
  checkoutsSettled: z.int(),
  orphans: z.array(
    z.object({
      subscriptionId: z.string(),
      customerId: z.string(),
      status: z.string(),
      organizationId: z.string().nullable(),
      canceled: z.boolean(),
    }),
  ),
  errors: z.array(z.object({ target: z.string(), message: z.string() })),
});
const reportReplySchema = z.object({ report: reportSchema.nullable() });

/** The operator's view of billing reconciliation: the last report, and a run on demand. */
export const billingAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.roster;
  const { payments, context } = app.roster.billing;
  const guard = operatorGuard(config.apiKey);
  const security = [{ apiKey: [] }];
  const tags = ['operator'];

  app.get(
    '/api/v1/admin/billing/reconciliation',
    {
      onRequest: guard,
      schema: {
        tags,
        summary:
          'The last comparison of every subscription with Roster: repairs made, drift left, subscriptions no organization holds, errors',
        security,
        response: { 200: reportReplySchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async () => ({ report: await lastReconcileReport(db) }),
  );

  app.post(
    '/api/v1/admin/billing/reconcile',
    {
      onRequest: guard,
      schema: {
        tags,
        summary: 'Compare every subscription with Roster now and repair what drifted',
        security,
        response: { 200: reportReplySchema, '4xx': errorBodySchema, '5xx': errorBodySchema },
      },
    },
    async () => ({
      report: await reconcileBilling(db, requirePayments(payments), {
        context,
        everyMs: config.billing.reconcileMs,
        force: true,
      }),
    }),
  );
};
