import { AppShell } from '../layout/app-shell.tsx';
import { useTitle } from '../layout/status.tsx';
import { Link } from '../lib/link.tsx';

/** One page for every bad, reset, paused or expired link; it reveals nothing more. */
export function InvalidInvite() {
  useTitle('Invite link not valid');
  return (
    <AppShell>
      <div className="narrow">
        <section className="card invite-card" aria-labelledby="invalid-title">
          <svg
            className="invalid-icon"
            aria-hidden="true"
            width="48"
            height="48"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M9 17H7A5 5 0 0 1 7 7h2" />
            <path d="M15 7h2a5 5 0 0 1 4 8" />
            <line x1="8" y1="12" x2="12" y2="12" />
            <line x1="2" y1="2" x2="22" y2="22" />
          </svg>
          <h1 id="invalid-title">This invite link doesn't work</h1>
          <p>It may have been reset, paused or expired, or it was not copied in full.</p>
          <p>Ask an admin of the organization that invited you for the current link.</p>
          <Link className="button" to="/">
            Go to Roster
          </Link>
        </section>
      </div>
    </AppShell>
  );
}
