import { z } from 'zod';
import { AppShell } from '../layout/app-shell.tsx';
import { Avatar } from '../layout/avatar.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { Link } from '../lib/link.tsx';
import { text } from '../lib/search-params.ts';
import { CreateOrganizationForm } from './create-organization-form.tsx';
import { useOrganizations } from './queries.ts';
import { RoleBadge } from './role-badge.tsx';

/** `?left=` or `?deleted=` name the organization the viewer just left or deleted. */
export const organizationsSearch = z.object({ left: text, deleted: text });

/** My organizations: where I belong and with which role, and a way to start a new one. */
export function OrganizationsPage({ search }: { search: z.infer<typeof organizationsSearch> }) {
  useTitle('My organizations');
  const organizations = useOrganizations();
  const { left, deleted } = search;
  return (
    <AppShell>
      <h1>My organizations</h1>
      {(left || deleted) && (
        <p className="banner banner-success" role="status">
          {left ? `You left ${left}.` : `${deleted} was deleted.`}
        </p>
      )}
      {organizations.isPending && <Loading label="Loading your organizations…" />}
      {organizations.isError && (
        <ErrorMessage
          title="Your organizations could not be loaded."
          error={organizations.error}
          retry={() => void organizations.refetch()}
        />
      )}
      {organizations.data &&
        (organizations.data.organizations.length === 0 ? (
          <p className="empty">
            You don't belong to any organization yet. Create one below, or open an invite link from your team.
          </p>
        ) : (
          <ul className="org-list">
            {organizations.data.organizations.map((org) => (
              <li key={org.id} className="card org-card">
                <Avatar name={org.name} image={org.image} size={44} />
                <div className="org-card-body">
                  <h2 className="org-name">
                    <Link to="/organizations/$orgId/members" params={{ orgId: org.id }}>
                      {org.name}
                    </Link>
                  </h2>
                  <p className="muted">
                    {org.seats.used} of {org.seats.total} Plus seats assigned
                  </p>
                </div>
                <RoleBadge role={org.viewer.role} />
              </li>
            ))}
          </ul>
        ))}
      <section aria-labelledby="create-org" className="card create-org">
        <h2 id="create-org">Create an organization</h2>
        <CreateOrganizationForm />
      </section>
    </AppShell>
  );
}
