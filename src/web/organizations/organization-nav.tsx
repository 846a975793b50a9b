import { can, type Role } from '../../contracts/permissions.ts';
import { Link } from '../lib/link.tsx';

type Tab = 'members' | 'invitations' | 'billing' | 'settings' | 'audit-log';

/** Tabs between an organization's pages; only those the viewer's role may open. */
export function OrganizationNav({ orgId, role, current }: { orgId: string; role: Role; current: Tab }) {
  const tabs: { tab: Tab; label: string; show: boolean }[] = [
    { tab: 'members', label: 'Members', show: true },
    { tab: 'invitations', label: 'Invitations', show: can(role, 'invitations', 'read') },
    { tab: 'billing', label: 'Billing', show: can(role, 'seats', 'manageBilling') },
    { tab: 'settings', label: 'Settings', show: can(role, 'organization', 'update') },
    { tab: 'audit-log', label: 'Audit log', show: can(role, 'auditLog', 'read') },
  ];
  const visible = tabs.filter((t) => t.show);
  if (visible.length < 2) return null;
  return (
    <nav aria-label="Organization" className="tabs">
      {visible.map((t) => (
        <Link
          key={t.tab}
          to={`/organizations/$orgId/${t.tab}`}
          params={{ orgId }}
          className={t.tab === current ? 'tab tab-current' : 'tab'}
          aria-current={t.tab === current ? 'page' : undefined}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
