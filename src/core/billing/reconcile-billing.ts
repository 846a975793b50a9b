import { and, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { errorDetail } from '../../contracts/errors.ts';
import type { PaymentProvider } from '../../contracts/payment-provider.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { billingCheckout, billingSubscription, jobLease } from '../../db/schema/subscriptions.ts';
import { applySubscription } from './apply-subscription.ts';
import type { BillingContext } from './billing-context.ts';
import { settleCheckout } from './refresh-checkout.ts';
import { type OrphanSubscription, sweepOrphanSubscriptions } from './sweep-orphan-subscriptions.ts';

export type ReconcileReport = {
  at: string;
  checked: number;
  /** Organizations whose seats were brought in step with what the provider bills. */
  repaired: { organizationId: string; seats: { from: number; to: number }; status: string }[];
  /** Differences that could not be repaired (more seats assigned than paid for). */
  drift: { organizationId: string; message: string }[];
  checkoutsSettled: number;
  /** Subscriptions of Roster's price that no organization holds (cancelled if Roster made them). */
  orphans: OrphanSubscription[];
  errors: { target: string; message: string }[];
};

const LEASE = 'billing-reconcile';

/**
 * Compares every live subscription with Roster's seats and repairs what drifted (a lost
 * webhook, a crash between Stripe and the database, a grace period that ran out), settles
 * checkouts left open, finds subscriptions no organization holds, and reports what it could
 * not repair. One instance runs it at a
 * time: the lease row is taken by a guarded write and held until the next run is due.
 */
export async function reconcileBilling(
  db: Database,
  payments: PaymentProvider,
  options: { context: BillingContext; everyMs: number; force?: boolean },
): Promise<ReconcileReport | null> {
  const holdSeconds = options.force ? 0 : options.everyMs / 1000;
  const taken = await rows<{ name: string }>(
    db,
    sql`INSERT INTO job_lease (name, locked_until) VALUES (${LEASE}, now() + make_interval(secs => ${holdSeconds}))
        ON CONFLICT (name) DO UPDATE SET locked_until = EXCLUDED.locked_until
        WHERE job_lease.locked_until <= now() OR ${options.force ?? false}
        RETURNING name`,
  );
  if (taken.length === 0) return null;

  const report: ReconcileReport = {
    at: new Date().toISOString(),
    checked: 0,
    repaired: [],
    drift: [],
    checkoutsSettled: 0,
    orphans: [],
    errors: [],
  };
  const live = await db
    .select({
      subscriptionId: billingSubscription.subscriptionId,
      organizationId: billingSubscription.organizationId,
    })
    .from(billingSubscription)
    .where(or(isNull(billingSubscription.seatsReleasedAt), ne(billingSubscription.status, 'canceled')));
  for (const { subscriptionId, organizationId } of live) {
    try {
      const state = await payments.getSubscription(subscriptionId);
      const applied = await applySubscription(db, state, { context: options.context });
      report.checked++;
      if (applied.seats) report.repaired.push({ organizationId, seats: applied.seats, status: state.status });
      if (applied.drift) report.drift.push({ organizationId, message: applied.drift });
    } catch (error) {
      report.errors.push({
        target: subscriptionId,
        message: errorDetail(error),
      });
    }
  }

  const open = await db
    .select({ id: billingCheckout.id, sessionId: billingCheckout.providerSessionId })
    .from(billingCheckout)
    .where(eq(billingCheckout.status, 'open'));
  for (const checkout of open) {
    try {
      if (checkout.sessionId) await settleCheckout(db, payments, checkout.sessionId, options.context);
      const [row] = await db
        .select({ status: billingCheckout.status })
        .from(billingCheckout)
        .where(eq(billingCheckout.id, checkout.id));
      if (row && row.status !== 'open') report.checkoutsSettled++;
    } catch (error) {
      report.errors.push({
        target: checkout.id,
        message: errorDetail(error),
      });
    }
  }
  try {
    // After the open checkouts were settled: one paid a moment ago is held by now.
    const swept = await sweepOrphanSubscriptions(db, payments, options.context);
    report.orphans = swept.orphans;
    report.errors.push(...swept.errors);
  } catch (error) {
    report.errors.push({ target: 'subscriptions', message: errorDetail(error) });
  }
  // A checkout that never reached the provider (it failed, or the process died) is dead after a day.
  await db
    .update(billingCheckout)
    .set({ status: 'expired' })
    .where(
      and(
        eq(billingCheckout.status, 'open'),
        isNull(billingCheckout.providerSessionId),
        lt(billingCheckout.createdAt, new Date(Date.now() - 86_400_000)),
      ),
    );

  await db
    .update(jobLease)
    .set({ lastRunAt: new Date(), lastReport: report })
    .where(eq(jobLease.name, LEASE));
  return report;
}

/** The last reconciliation's report, for the operator. */
export async function lastReconcileReport(db: Database): Promise<ReconcileReport | null> {
  const [row] = await db.select().from(jobLease).where(eq(jobLease.name, LEASE));
  const report = row?.lastReport as ReconcileReport | undefined;
  // Reports written before orphans were looked for have none.
  return report ? { ...report, orphans: report.orphans ?? [] } : null;
}
