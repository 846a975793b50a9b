import { Popover } from '../layout/popover.tsx';
import { Link } from '../lib/link.tsx';
import { useOrganizations } from './queries.ts';
import { RoleBadge } from './role-badge.tsx';

/** Beside the organization's name: the viewer's other organizations, one click away. */
export function OrganizationSwitcher({ current }: { current: string }) {
  const list = useOrganizations();
  const organizations = list.data?.organizations ?? [];
  if (organizations.length < 2) return null;
  return (
    <Popover
      panelLabel="Your organizations"
      align="start"
      className="button button-quiet button-small switcher-button"
      button={
        <>
          Switch<span className="visually-hidden"> organization</span> <span aria-hidden="true">▾</span>
        </>
      }
    >
      {(close) => (
        <ul className="popover-list">
          {organizations.map((org) => (
            <li key={org.id}>
              <Link
                to="/organizations/$orgId/members"
                params={{ orgId: org.id }}
                aria-current={org.id === current ? 'page' : undefined}
                onClick={close}
              >
                <span className="switcher-name">{org.name}</span> <RoleBadge role={org.viewer.role} />
              </Link>
            </li>
          ))}
          <li>
            <Link to="/organizations" onClick={close}>
              All my organizations
            </Link>
          </li>
        </ul>
      )}
    </Popover>
  );
}
