import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import type { Me } from '../../contracts/plus.ts';
import { errorMessage } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { useOrganizations } from '../organizations/queries.ts';
import { useDeleteAccount } from './queries.ts';

/**
 * Deleting the account: refused while the person owns an organization (it needs an owner),
 * so this says what to do first; otherwise every membership ends and its seat is freed.
 */
export function DeleteAccountSection({ me }: { me: Me }) {
  const id = useId();
  const organizations = useOrganizations();
  const remove = useDeleteAccount();
  const navigate = useNavigate();
  const [confirmation, setConfirmation] = useState('');
  const all = organizations.data?.organizations ?? [];
  const owned = all.filter((o) => o.viewer.role === 'owner');
  const ready = me.user.hasPassword
    ? confirmation.length > 0
    : confirmation.trim().toLowerCase() === me.user.email;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    remove.mutate(me.user.hasPassword ? confirmation : undefined, {
      onSuccess: () => void navigate({ to: '/sign-in', search: { deleted: '1' }, replace: true }),
    });
  };
  return (
    <section className="card danger-zone" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Delete your account
      </h2>
      {owned.length > 0 ? (
        <>
          <p>
            You own {owned.length === 1 ? 'an organization' : `${owned.length} organizations`}, and every
            organization needs an owner. Transfer ownership to another member, or delete the organization,
            then come back here:
          </p>
          <ul>
            {owned.map((o) => (
              <li key={o.id}>
                <Link to="/organizations/$orgId/settings" params={{ orgId: o.id }}>
                  {o.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <form className="form" onSubmit={submit}>
          <p>
            {all.length > 0
              ? `You leave ${all.length === 1 ? all[0]!.name : `all ${all.length} of your organizations`} at once, and any Plus seat you hold goes back to its organization; its owner and admins are told. `
              : ''}
            Your name, address and sign-in methods are erased. This cannot be undone.
          </p>
          <div className="field">
            <label htmlFor={`${id}-confirm`}>
              {me.user.hasPassword
                ? 'Your password, to confirm'
                : `Type your address, ${me.user.email}, to confirm`}
            </label>
            <input
              id={`${id}-confirm`}
              type={me.user.hasPassword ? 'password' : 'text'}
              autoComplete={me.user.hasPassword ? 'current-password' : 'off'}
              value={confirmation}
              onChange={(e) => {
                setConfirmation(e.target.value);
                remove.reset();
              }}
            />
          </div>
          {remove.isError && (
            <p className="form-error" role="alert">
              {errorMessage(remove.error)}
            </p>
          )}
          <div>
            <button type="submit" className="button button-danger" disabled={!ready || remove.isPending}>
              {remove.isPending ? 'Deleting…' : 'Delete my account'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
