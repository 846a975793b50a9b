import type { SeatSummary } from '../../contracts/organizations.ts';
import { Dialog } from '../layout/dialog.tsx';

/**
 * Where the owner will buy and release seats. Billing is not wired into Roster yet, so for
 * now this says how many seats there are and how to get more, rather than a dead button.
 */
export function ManageSeatsDialog({ seats, onClose }: { seats: SeatSummary; onClose: () => void }) {
  return (
    <Dialog title="Manage seats" onClose={onClose}>
      <p>
        {seats.total} Plus seats: {seats.used} assigned, {seats.available} available.
      </p>
      <p className="muted">
        Buying seats online is not available on this Roster server yet. Ask the person who runs Roster for
        your team to change the number of seats.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
