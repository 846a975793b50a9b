import type { ReactNode } from 'react';
import { AppShell } from '../layout/app-shell.tsx';
import { ErrorMessage, Loading } from '../layout/status.tsx';
import { ApiError } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import type { useOrganization } from './queries.ts';

/**
 * What an organization's page shows until the organization is loaded: a spinner, or the
 * error with a retry. Null once there is an organization to show.
 */
export function organizationGate(org: ReturnType<typeof useOrganization>): ReactNode | null {
  if (org.isPending) {
    return (
      <AppShell>
        <Loading label="Loading the organization…" />
      </AppShell>
    );
  }
  if (org.isError) {
    // Not found is not a failure to retry: say what it means and offer the way back.
    if (org.error instanceof ApiError && org.error.status === 404) {
      return (
        <AppShell>
          <div className="narrow">
            <section className="card" aria-labelledby="org-unavailable">
              <h1 id="org-unavailable">This organization isn't available to you</h1>
              <p>
                It does not exist, or you are not a member of it. If someone sent you an invite link, open
                that link to join.
              </p>
              <Link className="button button-primary" to="/organizations">
                Back to my organizations
              </Link>
            </section>
          </div>
        </AppShell>
      );
    }
    return (
      <AppShell>
        <ErrorMessage
          title="This organization could not be loaded."
          error={org.error}
          retry={() => void org.refetch()}
        />
      </AppShell>
    );
  }
  return null;
}
