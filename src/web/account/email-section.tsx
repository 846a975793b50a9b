import { type FormEvent, useId, useState } from 'react';
import type { Me } from '../../contracts/plus.ts';
import { errorMessage } from '../lib/api.ts';
import { useChangeEmail, useResendVerification } from './queries.ts';

/** The address: verified or not (with a new link), and changing it (it counts once verified). */
export function EmailSection({ me }: { me: Me }) {
  const id = useId();
  const resend = useResendVerification();
  const { email, emailVerified } = me.user;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        E-mail address
      </h2>
      <p className="address-line">
        <strong>{email}</strong>{' '}
        <span className={`badge ${emailVerified ? 'badge-plus' : 'badge-none'}`}>
          {emailVerified ? 'Verified' : 'Not verified'}
        </span>
      </p>
      {!emailVerified && (
        <div className="verify-row">
          <p className="muted">
            Verify it to join organizations whose invite links accept only their company's addresses.
          </p>
          <button
            type="button"
            className="button"
            disabled={resend.isPending}
            onClick={() => resend.mutate(undefined)}
          >
            {resend.isPending ? 'Sending…' : 'Send a verification link'}
          </button>
          <p className="field-hint" role="status">
            {resend.isSuccess && resend.data.message}
          </p>
          {resend.isError && (
            <p className="form-error" role="alert">
              {errorMessage(resend.error)}
            </p>
          )}
        </div>
      )}
      <ChangeEmailForm me={me} />
    </section>
  );
}

function ChangeEmailForm({ me }: { me: Me }) {
  const id = useId();
  const change = useChangeEmail();
  const [fields, setFields] = useState({ newEmail: '', password: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      { newEmail: fields.newEmail, ...(me.user.hasPassword && { password: fields.password }) },
      { onSuccess: () => setFields({ newEmail: '', password: '' }) },
    );
  };
  return (
    <form className="form account-subform" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Change your address</h3>
      <div className="field">
        <label htmlFor={`${id}-email`}>New e-mail address</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="email"
          required
          value={fields.newEmail}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setFields((f) => ({ ...f, newEmail: e.target.value }))}
        />
        <p className="field-hint" id={`${id}-hint`}>
          We send a link to the new address; it replaces {me.user.email} once you open it.
        </p>
      </div>
      {me.user.hasPassword && (
        <div className="field">
          <label htmlFor={`${id}-password`}>Current password</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            required
            value={fields.password}
            onChange={(e) => setFields((f) => ({ ...f, password: e.target.value }))}
          />
        </div>
      )}
      <p className="field-hint" role="status">
        {change.isSuccess && change.data.message}
      </p>
      {change.isError && (
        <p className="form-error" role="alert">
          {errorMessage(change.error)}
        </p>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={change.isPending}>
          {change.isPending ? 'Sending…' : 'Change address'}
        </button>
      </div>
    </form>
  );
}
