import { type FormEvent, useId, useState } from 'react';
import { z } from 'zod';
import { useRequestPasswordReset } from '../account/queries.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { useTitle } from '../layout/status.tsx';
import { errorMessage } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { text } from '../lib/search-params.ts';

/** `?email=` fills in the address typed on the sign-in form. */
export const forgotPasswordSearch = z.object({ email: text });

/** "Forgot password?": asks for the address; the answer never says whether it has an account. */
export function ForgotPasswordPage({ search }: { search: z.infer<typeof forgotPasswordSearch> }) {
  const id = useId();
  const [email, setEmail] = useState(search.email ?? '');
  const request = useRequestPasswordReset();
  useTitle('Forgot your password?');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email);
  };
  return (
    <AppShell>
      <div className="narrow">
        <h1>Forgot your password?</h1>
        {request.isSuccess ? (
          <section className="card" aria-labelledby={`${id}-sent`}>
            <h2 id={`${id}-sent`} className="section-title">
              Check your inbox
            </h2>
            <p role="status">{request.data.message}</p>
            <p className="muted">
              Nothing there after a few minutes? Look in your spam folder, or ask again.
            </p>
            <button type="button" className="button" onClick={() => request.reset()}>
              Ask again
            </button>
          </section>
        ) : (
          <form
            className="form card"
            onSubmit={submit}
            aria-describedby={request.isError ? `${id}-error` : `${id}-hint`}
          >
            <p className="muted" id={`${id}-hint`}>
              Enter the address you sign in with. We will send it a link to choose a new password.
            </p>
            <div className="field">
              <label htmlFor={`${id}-email`}>E-mail address</label>
              <input
                id={`${id}-email`}
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            </div>
            {request.isError && (
              <p className="form-error" role="alert" id={`${id}-error`}>
                {errorMessage(request.error)}
              </p>
            )}
            <button type="submit" className="button button-primary" disabled={request.isPending}>
              {request.isPending ? 'Sending…' : 'Send me a link'}
            </button>
          </form>
        )}
        <p className="switch">
          Remembered it? <Link to="/sign-in">Sign in</Link>
        </p>
      </div>
    </AppShell>
  );
}
