import { useId } from 'react';
import { ErrorMessage, Loading } from '../layout/status.tsx';
import { errorMessage } from '../lib/api.ts';
import { fullDate, timeAgo } from '../members/format.ts';
import { describeDevice } from './describe-device.ts';
import { useSessions, useSignOutOthers } from './queries.ts';

/** Where the person is signed in, and one button to sign out everywhere else. */
export function SessionsSection() {
  const id = useId();
  const sessions = useSessions();
  const signOut = useSignOutOthers();
  const list = sessions.data?.sessions ?? [];
  const others = list.filter((s) => !s.current).length;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Where you are signed in
      </h2>
      {sessions.isPending && <Loading label="Loading your devices…" />}
      {sessions.isError && (
        <ErrorMessage
          title="Your devices could not be loaded."
          error={sessions.error}
          retry={() => void sessions.refetch()}
        />
      )}
      {sessions.data && (
        <ul className="session-list">
          {list.map((s) => (
            <li key={s.id} className="session-row">
              <span className="session-device">
                {describeDevice(s.userAgent)}
                {s.current && <span className="badge badge-member">This device</span>}
              </span>
              <span className="muted">
                Signed in{' '}
                <time dateTime={s.createdAt} title={fullDate(s.createdAt)}>
                  {timeAgo(s.createdAt)}
                </time>
                {s.ipAddress && ` from ${s.ipAddress}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button"
        disabled={others === 0 || signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out other devices'}
      </button>
      <p className="field-hint" role="status">
        {signOut.isSuccess &&
          (signOut.data.signedOut === 1
            ? 'One other device was signed out.'
            : `${signOut.data.signedOut} other devices were signed out.`)}
        {sessions.data && others === 0 && !signOut.isSuccess && 'You are signed in on this device only.'}
      </p>
      {signOut.isError && (
        <p className="form-error" role="alert">
          {errorMessage(signOut.error)}
        </p>
      )}
    </section>
  );
}
