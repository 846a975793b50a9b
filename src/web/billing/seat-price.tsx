import type { SeatPrice } from '../../contracts/billing.ts';
import { formatMoney, perInterval } from './format.ts';

/**
 * The price per seat and what the chosen number of seats costs each cycle, updated as the
 * number changes (announced politely to screen readers).
 */
export function SeatPriceSummary({
  price,
  seats,
  className,
}: {
  price: SeatPrice;
  seats: number;
  className?: string;
}) {
  const valid = Number.isInteger(seats) && seats >= 1;
  const each = formatMoney(price.amount, price.currency);
  return (
    <div className={`price-summary ${className ?? ''}`} aria-live="polite">
      <p className="price-each">
        {price.name ? `${price.name}: ` : ''}
        {each} per seat {perInterval(price.interval)}
      </p>
      <p className="price-total" data-testid="price-total">
        {valid
          ? `${seats} ${seats === 1 ? 'seat' : 'seats'}: ${formatMoney(price.amount * seats, price.currency)} ${perInterval(price.interval)}`
          : 'Choose a number of seats to see the total.'}
      </p>
    </div>
  );
}
