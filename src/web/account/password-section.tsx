import { type FormEvent, useId, useState } from 'react';
import type { Me } from '../../contracts/plus.ts';
import { errorMessage } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { useChangePassword } from './queries.ts';

/** A new password; other devices are signed out unless the person says otherwise. */
export function PasswordSection({ me }: { me: Me }) {
  const id = useId();
  const change = useChangePassword();
  const [fields, setFields] = useState({ currentPassword: '', newPassword: '', signOutOtherDevices: true });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(fields, {
      onSuccess: () => setFields((f) => ({ ...f, currentPassword: '', newPassword: '' })),
    });
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Password
      </h2>
      {!me.user.hasPassword ? (
        <p className="muted">
          You sign in through an identity provider, so your account has no password. To set one, use{' '}
          <Link to="/forgot-password">Forgot password?</Link>
        </p>
      ) : (
        <form className="form" onSubmit={submit}>
          {/* Lets password managers file the new password under the right account. */}
          <input type="email" autoComplete="username" value={me.user.email} readOnly hidden />
          <div className="field">
            <label htmlFor={`${id}-current`}>Current password</label>
            <input
              id={`${id}-current`}
              type="password"
              autoComplete="current-password"
              required
              value={fields.currentPassword}
              onChange={(e) => setFields((f) => ({ ...f, currentPassword: e.target.value }))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-new`}>New password</label>
            <input
              id={`${id}-new`}
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              maxLength={128}
              aria-describedby={`${id}-hint`}
              value={fields.newPassword}
              onChange={(e) => setFields((f) => ({ ...f, newPassword: e.target.value }))}
            />
            <p className="field-hint" id={`${id}-hint`}>
              At least 8 characters.
            </p>
          </div>
          <div className="check">
            <input
              id={`${id}-others`}
              type="checkbox"
              checked={fields.signOutOtherDevices}
              onChange={(e) => setFields((f) => ({ ...f, signOutOtherDevices: e.target.checked }))}
            />
            <label htmlFor={`${id}-others`}>Sign out every other device</label>
          </div>
          <p className="field-hint" role="status">
            {change.isSuccess && 'Password changed. We sent a note to your address.'}
          </p>
          {change.isError && (
            <p className="form-error" role="alert">
              {errorMessage(change.error)}
            </p>
          )}
          <div>
            <button type="submit" className="button button-primary" disabled={change.isPending}>
              {change.isPending ? 'Saving…' : 'Change password'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
