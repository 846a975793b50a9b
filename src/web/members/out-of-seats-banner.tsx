import { useState } from 'react';
import type { Organization } from '../../contracts/organizations.ts';
import { can } from '../../contracts/permissions.ts';
import { formatMoney, perInterval } from '../billing/format.ts';
import { useBilling, useSeatRequests } from '../billing/queries.ts';
import { ManageSeatsDialog } from '../organizations/manage-seats-dialog.tsx';

/**
 * At the top of the members page, for owners and admins, once every seat is taken: said in
 * words (not only by the seat bar's colour), with how many people wait, the price of a seat
 * where billing is paid, and for the owner the one step that adds enough seats for everyone
 * waiting (added seats let them in, first come, first served).
 */
export function OutOfSeatsBanner({ organization }: { organization: Organization }) {
  const [adding, setAdding] = useState(false);
  const { seats, viewer } = organization;
  const owner = can(viewer.role, 'seats', 'manageBilling');
  const full = seats.available === 0;
  const waiting = useSeatRequests(organization.id, full).data?.requests.length ?? 0;
  const plan = useBilling(organization.id, full && owner).data?.plan ?? null;
  if (!full) return null;
  const people = waiting === 1 ? '1 person waiting' : `${waiting} people waiting`;
  return (
    <section className="banner banner-warning out-of-seats" aria-labelledby="out-of-seats-title">
      <p className="out-of-seats-text">
        <strong id="out-of-seats-title">Out of seats</strong>
        {waiting > 0 && <span> · {people}</span>}
        {plan && (
          <span>
            {' '}
            · {formatMoney(plan.amount, plan.currency)} per seat {perInterval(plan.interval)}
          </span>
        )}
      </p>
      {owner ? (
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          Add seats
        </button>
      ) : (
        <p className="out-of-seats-hint">Only the owner can add seats; people who join now wait for one.</p>
      )}
      {adding && (
        <ManageSeatsDialog
          orgId={organization.id}
          seats={seats}
          suggested={seats.total + Math.max(waiting, 1)}
          onClose={() => setAdding(false)}
        />
      )}
    </section>
  );
}
