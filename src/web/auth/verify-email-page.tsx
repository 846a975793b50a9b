import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { z } from 'zod';
import { useResendVerification, useVerifyEmail } from '../account/queries.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { ApiError, errorMessage } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { next as nextPath, text } from '../lib/search-params.ts';
import { OutcomeCard } from './outcome-card.tsx';
import { useSession } from './session.ts';

/** `?token=` and `?next=` from the verification mail (src/server/auth/account-options.ts). */
export const verifyEmailSearch = z.object({ token: text, next: nextPath });

/**
 * Where the link in a verification mail leads. It verifies at once and, for someone
 * signed in, goes straight back to where they were (an invite, the account page); signed
 * out, it says the address is verified and offers to sign in. An expired, used or forged
 * link gets its own page, and changes nothing.
 */
export function VerifyEmailPage({ search }: { search: z.infer<typeof verifyEmailSearch> }) {
  const token = search.token ?? '';
  const next = search.next ?? '/settings/account';
  const navigate = useNavigate();
  const verify = useVerifyEmail();
  const session = useSession();
  const sent = useRef(false);
  useTitle('Verifying your address');

  useEffect(() => {
    // Once, even where React runs effects twice: a second call would find the link used.
    if (sent.current || !token) return;
    sent.current = true;
    verify.mutate(token);
  }, [token, verify]);

  const signedIn = Boolean(session.data?.user);
  useEffect(() => {
    if (verify.isSuccess && signedIn) void navigate({ to: next, replace: true });
  }, [verify.isSuccess, signedIn, next, navigate]);

  if (!token)
    return (
      <LinkProblem code="VERIFICATION_LINK_INVALID" message="The link has no token in it." next={next} />
    );
  if (verify.isError) {
    const error = verify.error;
    if (error instanceof ApiError && error.code in titles)
      return <LinkProblem code={error.code} message={error.message} next={next} />;
    return (
      <AppShell>
        <div className="narrow">
          <ErrorMessage title="Your address could not be verified." error={error} />
        </div>
      </AppShell>
    );
  }
  if (!verify.isSuccess || session.isPending || signedIn) {
    return (
      <AppShell>
        <Loading label="Verifying your address…" />
      </AppShell>
    );
  }
  const { outcome, email } = verify.data;
  return (
    <OutcomeCard
      title={outcome === 'email_changed' ? 'Your address is changed' : 'Your address is verified'}
      tone="done"
    >
      <p>
        {outcome === 'email_changed' ? `Your account now uses ${email}.` : `${email} is verified.`} Sign in to
        continue{next.startsWith('/join/') ? ' to your invite' : ''}.
      </p>
      <Link className="button button-primary" to="/sign-in" search={{ next }}>
        Sign in
      </Link>
    </OutcomeCard>
  );
}

const titles: Record<string, string> = {
  VERIFICATION_LINK_EXPIRED: 'This link has expired',
  VERIFICATION_LINK_USED: 'This link was used already',
  EMAIL_TAKEN: 'That address is taken',
  VERIFICATION_LINK_INVALID: "This link doesn't work",
};

function LinkProblem({ code, message, next }: { code: string; message: string; next: string }) {
  const session = useSession();
  const resend = useResendVerification();
  const signedIn = Boolean(session.data?.user);
  const used = code === 'VERIFICATION_LINK_USED';
  return (
    <OutcomeCard title={titles[code] ?? titles.VERIFICATION_LINK_INVALID!} tone={used ? 'done' : 'problem'}>
      <p>{message}</p>
      <div className="outcome-actions">
        {code === 'VERIFICATION_LINK_EXPIRED' && signedIn && (
          <button
            type="button"
            className="button button-primary"
            disabled={resend.isPending || resend.isSuccess}
            onClick={() => resend.mutate(next)}
          >
            {resend.isPending ? 'Sending…' : 'Send a new link'}
          </button>
        )}
        {signedIn ? (
          <Link className={used ? 'button button-primary' : 'button'} to={next}>
            Continue
          </Link>
        ) : (
          <Link className={used ? 'button button-primary' : 'button'} to="/sign-in" search={{ next }}>
            Sign in
          </Link>
        )}
      </div>
      <p className="field-hint" role="status">
        {resend.isSuccess && resend.data.message}
      </p>
      {resend.isError && (
        <p className="form-error" role="alert">
          {errorMessage(resend.error)}
        </p>
      )}
    </OutcomeCard>
  );
}
