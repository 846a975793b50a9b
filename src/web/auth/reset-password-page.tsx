import { type FormEvent, useId, useState } from 'react';
import { z } from 'zod';
import { useCompletePasswordReset } from '../account/queries.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { useTitle } from '../layout/status.tsx';
import { ApiError, errorMessage } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { text } from '../lib/search-params.ts';
import { OutcomeCard } from './outcome-card.tsx';

/** `?token=` from the reset mail (src/server/auth/account-options.ts). */
export const resetPasswordSearch = z.object({ token: text });

/**
 * Where the link in a reset mail leads: a new password, then signed in here and out
 * everywhere else. A link that expired, was used or is incomplete gets one page that says
 * so and offers a new one.
 */
export function ResetPasswordPage({ search }: { search: z.infer<typeof resetPasswordSearch> }) {
  const id = useId();
  const token = search.token ?? '';
  const [password, setPassword] = useState('');
  const reset = useCompletePasswordReset();
  useTitle('Choose a new password');

  const refused = reset.error instanceof ApiError && reset.error.code === 'RESET_LINK_INVALID';
  if (!token || refused) {
    return (
      <OutcomeCard title="This reset link doesn't work" tone="problem">
        <p>
          {refused
            ? 'It has expired (links work for an hour), it was used already, or it was not copied in full. Your password has not changed.'
            : 'The link has no token in it; it was probably not copied in full.'}
        </p>
        <Link className="button button-primary" to="/forgot-password">
          Send me a new link
        </Link>
      </OutcomeCard>
    );
  }
  if (reset.isSuccess) {
    return (
      <OutcomeCard title="Your password is changed" tone="done">
        <p>
          You are signed in as {reset.data.email}. Every other device was signed out; sign in there again with
          the new password.
        </p>
        <Link className="button button-primary" to="/organizations">
          Continue
        </Link>
      </OutcomeCard>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate({ token, newPassword: password });
  };
  return (
    <AppShell>
      <div className="narrow">
        <h1>Choose a new password</h1>
        <form
          className="form card"
          onSubmit={submit}
          aria-describedby={reset.isError ? `${id}-error` : undefined}
        >
          <div className="field">
            <label htmlFor={`${id}-password`}>New password</label>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              maxLength={128}
              aria-describedby={`${id}-hint`}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <p className="field-hint" id={`${id}-hint`}>
              At least 8 characters. Every device signed in to your account is signed out.
            </p>
          </div>
          {reset.isError && (
            <p className="form-error" role="alert" id={`${id}-error`}>
              {errorMessage(reset.error)}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={reset.isPending}>
            {reset.isPending ? 'Saving…' : 'Set new password'}
          </button>
        </form>
      </div>
    </AppShell>
  );
}
