const startAgain =
  'This sign-in could not be finished here: it was started in another browser or tab, or too long ago. Start again below.';

// better-auth's ?error= codes from the provider callback (src/server/auth/documented-auth-routes.ts).
const problems: Record<string, string> = {
  state_mismatch: startAgain,
  state_not_found: startAgain,
  state_invalid: startAgain,
  please_restart_the_process: startAgain,
  invalid_callback_request: startAgain,
  issuer_mismatch:
    'The answer did not come from the identity provider Roster sent you to, so you were not signed in. Start again; if it keeps happening, tell whoever runs Roster.',
  account_not_linked:
    'There is already a Roster account with this e-mail address. Roster joins a sign-in from an identity provider to it only when both the provider and Roster have verified the address. Sign in with your password instead.',
  email_not_found:
    'The identity provider did not share your e-mail address, and Roster needs it for your account. Let it share your address, or sign in with your password.',
  access_denied: 'Sign-in was cancelled at the identity provider. Try again, or sign in with your password.',
};

/** What went wrong when a provider's sign-in came back refused (`?error=` on /sign-in). */
export function ProviderProblem({ code }: { code: string | undefined }) {
  if (!code) return null;
  const known = /^[a-z_]{1,60}$/.test(code) ? code : 'unknown';
  return (
    <div className="form-error provider-problem" role="alert">
      <p>
        <strong>You are not signed in.</strong>
      </p>
      <p>
        {problems[known] ??
          `Sign-in with the identity provider did not work (${known}). Try again, or sign in with your password.`}
      </p>
    </div>
  );
}
