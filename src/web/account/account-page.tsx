import { AppShell } from '../layout/app-shell.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { Link } from '../lib/link.tsx';
import { DeleteAccountSection } from './delete-account-section.tsx';
import { EmailSection } from './email-section.tsx';
import { PasswordSection } from './password-section.tsx';
import { PlusSection } from './plus-section.tsx';
import { ProfileSection } from './profile-section.tsx';
import { useMe } from './queries.ts';
import { SessionsSection } from './sessions-section.tsx';

/** /settings/account: who you are to others, how you sign in, where Plus comes from, and leaving. */
export function AccountPage() {
  useTitle('Your account');
  const me = useMe();
  return (
    <AppShell>
      <h1>Your account</h1>
      <p className="muted">
        What other members see, how you sign in, and where your Plus comes from.{' '}
        <Link to="/settings/notifications">Notification settings</Link>
      </p>
      {me.isPending && <Loading label="Loading your account…" />}
      {me.isError && (
        <ErrorMessage
          title="Your account could not be loaded."
          error={me.error}
          retry={() => void me.refetch()}
        />
      )}
      {me.data && (
        <div className="account-sections">
          <ProfileSection me={me.data} />
          <EmailSection me={me.data} />
          <PasswordSection me={me.data} />
          <SessionsSection />
          <PlusSection plus={me.data.plus} />
          <DeleteAccountSection me={me.data} />
        </div>
      )}
    </AppShell>
  );
}
