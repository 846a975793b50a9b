import { Navigate, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { z } from 'zod';
import { AppShell } from '../layout/app-shell.tsx';
import { Loading, useTitle } from '../layout/status.tsx';
import { errorMessage } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { flag, next as nextPath, text } from '../lib/search-params.ts';
import { ProviderButtons } from './provider-buttons.tsx';
import { ProviderProblem } from './provider-problem.tsx';
import { useSession, useSignIn, useSignUp } from './session.ts';

type Mode = 'sign-in' | 'sign-up';

/** `?next=` where to go once signed in; `?deleted=1` after deleting one's account; `?error=` from a provider. */
export const authSearch = z.object({ next: nextPath, deleted: flag, error: text });
type AuthSearch = z.infer<typeof authSearch>;

/**
 * Sign in and create account share one form. `?next=` carries where the person was going
 * (an invite above all); both forms, and the link between them, keep it.
 */
export function AuthPage({ mode, search }: { mode: Mode; search: AuthSearch }) {
  const next = search.next ?? '/organizations';
  const session = useSession();
  const title = mode === 'sign-in' ? 'Sign in' : 'Create your account';
  useTitle(title);

  if (session.isPending) {
    return (
      <AppShell>
        <Loading label="Checking whether you are signed in…" />
      </AppShell>
    );
  }
  if (session.data?.user) return <Navigate to={next} replace />;

  return (
    <AppShell>
      <div className="narrow">
        <h1>{title}</h1>
        {search.deleted && (
          <p className="banner banner-success" role="status">
            Your account was deleted. Thank you for having used Roster.
          </p>
        )}
        {next.startsWith('/join/') && (
          <p className="hint">
            {mode === 'sign-in' ? 'Sign in' : 'Create an account'} to accept your invite; you will come
            straight back to it.
          </p>
        )}
        <ProviderProblem code={search.error} />
        <ProviderButtons next={next} />
        <AuthForm mode={mode} next={next} />
        <p className="switch">
          {mode === 'sign-in' ? 'New to Roster? ' : 'Already have an account? '}
          <Link to={mode === 'sign-in' ? '/sign-up' : '/sign-in'} search={{ next: search.next }}>
            {mode === 'sign-in' ? 'Create an account' : 'Sign in'}
          </Link>
        </p>
      </div>
    </AppShell>
  );
}

function AuthForm({ mode, next }: { mode: Mode; next: string }) {
  const id = useId();
  const signIn = useSignIn();
  const signUp = useSignUp();
  const navigate = useNavigate();
  const mutation = mode === 'sign-in' ? signIn : signUp;
  const [fields, setFields] = useState({ name: '', email: '', password: '' });
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = { onSuccess: () => void navigate({ to: next, replace: true }) };
    if (mode === 'sign-in') signIn.mutate({ email: fields.email, password: fields.password }, done);
    else {
      // Back to an invite, it says the account was just made there: the link's insights count it.
      const search = next.startsWith('/join/') ? { from: 'sign-up' as const } : undefined;
      signUp.mutate(
        { ...fields, callbackURL: next },
        { onSuccess: () => void navigate({ to: next, search, replace: true }) },
      );
    }
  };

  return (
    <form
      className="form card"
      onSubmit={submit}
      aria-describedby={mutation.isError ? `${id}-error` : undefined}
    >
      {mode === 'sign-up' && (
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            name="name"
            autoComplete="name"
            required
            maxLength={100}
            value={fields.name}
            onChange={set('name')}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-email`}>E-mail address</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={fields.email}
          onChange={set('email')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'}
          required
          minLength={mode === 'sign-up' ? 8 : undefined}
          maxLength={128}
          aria-describedby={mode === 'sign-up' ? `${id}-password-hint` : undefined}
          value={fields.password}
          onChange={set('password')}
        />
        {mode === 'sign-up' && (
          <p className="field-hint" id={`${id}-password-hint`}>
            At least 8 characters.
          </p>
        )}
        {mode === 'sign-in' && (
          <Link
            className="field-hint forgot-link"
            to="/forgot-password"
            search={{ email: fields.email || undefined }}
          >
            Forgot password?
          </Link>
        )}
      </div>
      {mutation.isError && (
        <p className="form-error" role="alert" id={`${id}-error`}>
          {errorMessage(mutation.error)}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={mutation.isPending}>
        {mutation.isPending ? 'Please wait…' : mode === 'sign-in' ? 'Sign in' : 'Create account'}
      </button>
    </form>
  );
}
