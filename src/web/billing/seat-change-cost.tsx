import type { SeatPreview } from '../../contracts/billing.ts';
import { formatMoney, perInterval } from './format.ts';

/** What a seat change costs, in one sentence: charged now (prorated) and then each cycle. */
export function SeatChangeCost({ review }: { review: SeatPreview }) {
  return (
    <p className="muted" data-testid="seat-change-cost">
      {costSentence(review)}
    </p>
  );
}

function costSentence({ provider, amountDue, recurring }: SeatPreview): string {
  if (provider === 'manual') return 'No charge: seats on this Roster server are set by hand.';
  const then = recurring
    ? `${formatMoney(recurring.amount, recurring.currency)} ${perInterval(recurring.interval)}`
    : null;
  if (!amountDue) return then ? `Nothing to pay now; then ${then}.` : 'Nothing is charged for this change.';
  const now = formatMoney(Math.abs(amountDue.amount), amountDue.currency);
  const after = then ? `; then ${then}` : '';
  if (amountDue.amount > 0) return `You pay ${now} now for the rest of this period${after}.`;
  if (amountDue.amount < 0)
    return `You get ${now} of credit for the rest of this period, taken off your next payments${after}.`;
  return `Nothing to pay now${after}.`;
}
