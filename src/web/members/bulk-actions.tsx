import { useState } from 'react';
import type { BulkMemberChange } from '../../contracts/member-management.ts';
import type { Member } from '../../contracts/members.ts';
import { can, type Role } from '../../contracts/permissions.ts';
import { Dialog } from '../layout/dialog.tsx';
import { errorMessage } from '../lib/api.ts';
import { useBulkChange } from './member-mutations.ts';

const people = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

/**
 * What can be done to the selected rows at once. Each button is one all-or-nothing request
 * (decision 0033): on a refusal nothing changed, and the server's message names who
 * stopped it, so the person can deselect them and try again.
 */
export function BulkActions({
  orgId,
  orgName,
  viewerRole,
  chosen,
  seatsAvailable,
  onDone,
}: {
  orgId: string;
  orgName: string;
  viewerRole: Role;
  chosen: Member[];
  seatsAvailable: number;
  onDone: () => void;
}) {
  const bulk = useBulkChange(orgId);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const n = chosen.length;
  const userIds = chosen.map((m) => m.user.id);
  const needSeats = chosen.filter((m) => m.seat === 'none').length;
  const holdSeats = n - needSeats;

  const run = (change: BulkMemberChange, message: string) => {
    setDone(null);
    bulk.mutate(change, {
      onSuccess: () => {
        setDone(message);
        setConfirming(false);
        onDone();
      },
    });
  };

  return (
    <section className="bulk-bar" aria-label="Selected members">
      <p className="bulk-count">
        {n === 0 ? 'Select members to change several at once.' : `${people(n)} selected`}
      </p>
      {n > 0 && (
        <div className="bulk-buttons">
          <button
            type="button"
            className="button button-small"
            disabled={bulk.isPending || needSeats === 0 || needSeats > seatsAvailable}
            title={needSeats > seatsAvailable ? `Only ${seatsAvailable} seats are free` : undefined}
            onClick={() =>
              run({ action: 'set_seat', userIds, seat: 'plus' }, `${people(needSeats)} now have Plus.`)
            }
          >
            Give Plus seats{needSeats > 0 ? ` (${needSeats})` : ''}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={bulk.isPending || holdSeats === 0}
            onClick={() =>
              run(
                { action: 'set_seat', userIds, seat: 'none' },
                `${people(holdSeats)} no longer hold a seat.`,
              )
            }
          >
            Take Plus seats{holdSeats > 0 ? ` (${holdSeats})` : ''}
          </button>
          {can(viewerRole, 'members', 'promote') && (
            <button
              type="button"
              className="button button-small"
              disabled={bulk.isPending}
              onClick={() =>
                run({ action: 'set_role', userIds, role: 'admin' }, `${people(n)} are now admins.`)
              }
            >
              Make admins
            </button>
          )}
          {can(viewerRole, 'members', 'manageAdmins') && (
            <button
              type="button"
              className="button button-small"
              disabled={bulk.isPending}
              onClick={() =>
                run({ action: 'set_role', userIds, role: 'member' }, `${people(n)} are now members.`)
              }
            >
              Make members
            </button>
          )}
          {can(viewerRole, 'members', 'remove') && (
            <button
              type="button"
              className="button button-small button-danger-quiet"
              disabled={bulk.isPending}
              onClick={() => {
                bulk.reset();
                setConfirming(true);
              }}
            >
              Remove…
            </button>
          )}
        </div>
      )}
      {bulk.isError && !confirming && (
        <p className="form-error" role="alert">
          {errorMessage(bulk.error)}
        </p>
      )}
      <p className="field-hint" role="status">
        {!bulk.isError && done}
      </p>
      {confirming && (
        <Dialog title={`Remove ${people(n)}?`} onClose={() => setConfirming(false)}>
          <p>
            {chosen
              .slice(0, 5)
              .map((m) => m.user.name)
              .join(', ')}
            {n > 5 ? ` and ${n - 5} more` : ''} will no longer be members of {orgName}
            {holdSeats > 0
              ? `; ${holdSeats === 1 ? 'one Plus seat becomes' : `${holdSeats} Plus seats become`} free`
              : ''}
            . They can join again only with the invite link.
          </p>
          {bulk.isError && (
            <p className="form-error" role="alert">
              {errorMessage(bulk.error)}
            </p>
          )}
          <div className="dialog-actions">
            <button
              type="button"
              className="button button-danger"
              disabled={bulk.isPending}
              onClick={() => run({ action: 'remove', userIds }, `${people(n)} removed.`)}
            >
              {bulk.isPending ? 'Removing…' : `Remove ${people(n)}`}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
