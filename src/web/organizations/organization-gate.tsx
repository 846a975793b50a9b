import type { ReactNode } from 'react';
import { AppShell } from '../layout/app-shell.tsx';
import { ErrorMessage, Loading } from '../layout/status.tsx';
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
