import type { Billing, BillingStatus } from '../../contracts/billing.ts';
import { billingDate, formatMoney, perInterval } from './format.ts';

/** Each status in plain words, and how worried the owner should be. */
const statuses: Record<BillingStatus, { label: string; tone: 'ok' | 'warning' | 'ended' }> = {
  active: { label: 'Active', tone: 'ok' },
  trialing: { label: 'Trial', tone: 'ok' },
  past_due: { label: 'Payment past due', tone: 'warning' },
  incomplete: { label: 'Waiting for the first payment', tone: 'warning' },
  unpaid: { label: 'Unpaid', tone: 'ended' },
  canceled: { label: 'Canceled', tone: 'ended' },
  none: { label: 'No subscription', tone: 'ended' },
};

export function StatusBadge({ status }: { status: BillingStatus }) {
  const { label, tone } = statuses[status];
  return (
    <span className={`badge badge-status-${tone}`} data-testid="billing-status">
      {label}
    </span>
  );
}

/** Plan, price, status and next payment of a paid subscription. */
export function PlanDetails({ billing }: { billing: Billing }) {
  const { plan, nextPayment } = billing;
  return (
    <dl className="facts">
      <div>
        <dt>Plan</dt>
        <dd>{plan?.name ?? 'Plus'}</dd>
      </div>
      <div>
        <dt>Price</dt>
        <dd data-testid="plan-price">
          {plan ? `${formatMoney(plan.amount, plan.currency)} per seat ${perInterval(plan.interval)}` : '—'}
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={billing.status} />
        </dd>
      </div>
      <div>
        <dt>{billing.cancelAtPeriodEnd ? 'Renewal' : 'Next payment'}</dt>
        <dd data-testid="next-payment">
          {nextPayment
            ? `${formatMoney(nextPayment.amount, nextPayment.currency)} on ${billingDate(nextPayment.at)}`
            : billing.cancelAtPeriodEnd
              ? billing.periodEndsAt
                ? `Ends on ${billingDate(billing.periodEndsAt)}`
                : 'Ends at the end of the current period'
              : 'None'}
        </dd>
      </div>
    </dl>
  );
}

/** What needs the owner's attention, above everything else on the page. */
export function BillingBanners({ billing, onSubscribe }: { billing: Billing; onSubscribe: () => void }) {
  if (billing.provider !== 'stripe') return null;
  const { status } = billing;
  return (
    <>
      {status === 'past_due' && (
        <p className="banner banner-warning" data-testid="past-due">
          <strong>Payment past due.</strong>{' '}
          {billing.graceEndsAt
            ? `Update the payment method by ${billingDate(billing.graceEndsAt)} or every Plus seat is released.`
            : 'Update the payment method, or every Plus seat is released.'}
        </p>
      )}
      {status === 'incomplete' && (
        <p className="banner banner-warning">
          The first payment has not gone through yet. Check the payment method in the billing portal.
        </p>
      )}
      {(status === 'canceled' || status === 'unpaid' || status === 'none') && (
        <div className="banner banner-warning banner-with-action">
          <p>
            {status === 'none'
              ? 'This organization has no subscription, so it has no Plus seats. Subscribe to buy seats for its members.'
              : status === 'unpaid'
                ? 'The subscription ended unpaid: every Plus seat was released. Members stay members without Plus until you subscribe again.'
                : 'The subscription ended: every Plus seat was released. Members stay members without Plus until you subscribe again.'}
          </p>
          <button type="button" className="button button-primary" onClick={onSubscribe}>
            Subscribe
          </button>
        </div>
      )}
      {billing.cancelAtPeriodEnd && status !== 'canceled' && (
        <p className="banner banner-warning">
          The subscription is set to end{' '}
          {billing.periodEndsAt
            ? `on ${billingDate(billing.periodEndsAt)}`
            : 'at the end of the current period'}
          ; every Plus seat is released then. Renew it from Payment methods and invoices.
        </p>
      )}
      {billing.drift && (
        <p className="banner banner-warning" role="status">
          <strong>Seats paid and seats in Roster differ.</strong> {billing.drift}
        </p>
      )}
    </>
  );
}
