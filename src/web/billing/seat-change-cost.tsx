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
  if (provider === 'manual') return 'No charge: seats cost your organization nothing.';
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

/**
 * The confirm button says what it does, and with a paid provider what it costs now:
 * "Pay $30.00 and add 2 seats", "Add 2 seats", "Remove 1 seat".
 */
export function confirmSeatChangeLabel({ change, current, proposed, amountDue }: SeatPreview): string {
  const difference = Math.abs(proposed.total - current.total);
  const seats = `${difference} ${difference === 1 ? 'seat' : 'seats'}`;
  if (change === 'none') return 'Nothing to change';
  if (change === 'lower') return `Remove ${seats}`;
  if (amountDue && amountDue.amount > 0)
    return `Pay ${formatMoney(amountDue.amount, amountDue.currency)} and add ${seats}`;
  return `Add ${seats}`;
}
