import type { Role } from '../../contracts/permissions.ts';

const labels: Record<Role, string> = { owner: 'Owner', admin: 'Admin', member: 'Member' };

export function RoleBadge({ role }: { role: Role }) {
  return <span className={`badge badge-${role}`}>{labels[role]}</span>;
}

export function PlusBadge({ seat }: { seat: 'plus' | 'none' }) {
  return seat === 'plus' ? (
    <span className="badge badge-plus">Plus</span>
  ) : (
    <span className="badge badge-none">No seat</span>
  );
}
