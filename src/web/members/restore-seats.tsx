import { errorMessage } from '../lib/api.ts';
import { useRestoreSeats } from './member-mutations.ts';
import { useRestorableSeats } from './queries.ts';

const people = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

/**
 * After a subscription comes back: one step gives Plus back to everyone the ended one took
 * it from, or says how many seats to add first. Shown only while someone is waiting.
 */
export function RestoreSeats({ orgId }: { orgId: string }) {
  const restorable = useRestorableSeats(orgId, true);
  const restore = useRestoreSeats(orgId);
  const waiting = restorable.data?.members ?? [];
  if (restore.isSuccess) {
    return (
      <p className="banner banner-success" role="status">
        {people(restore.data.restored)} have their Plus seat back.
      </p>
    );
  }
  if (waiting.length === 0 || !restorable.data) return null;
  const n = waiting.length;
  const short = n - restorable.data.seatsAvailable;
  const names =
    waiting
      .slice(0, 3)
      .map((m) => m.name)
      .join(', ') + (n > 3 ? ` and ${n - 3} more` : '');
  return (
    <section className="restore-offer" aria-label="Seats to give back">
      <p>
        <strong>{people(n)} had Plus before the subscription ended</strong> ({names}).{' '}
        {short > 0
          ? `Add ${short} more ${short === 1 ? 'seat' : 'seats'} to give them all back.`
          : 'Give their seats back in one step.'}
      </p>
      <button
        type="button"
        className="button button-primary"
        disabled={short > 0 || restore.isPending}
        onClick={() => restore.mutate()}
      >
        {restore.isPending ? 'Giving seats back…' : `Give ${n === 1 ? 'the seat' : `${n} seats`} back`}
      </button>
      {restore.isError && (
        <p className="form-error" role="alert">
          {errorMessage(restore.error)}
        </p>
      )}
    </section>
  );
}
