/**
 * Who may do what in an organization, as data. The server asks `can()` before every
 * action and the web app asks the same function to decide what to show.
 * Rules that depend on the target (an admin may not remove another admin) live in
 * the use case; this map only says which actions a role has at all.
 */
export const statement = {
  organization: ['read', 'update', 'delete', 'transferOwnership'],
  members: ['read', 'readPrivate', 'promote', 'remove', 'manageAdmins'],
  seats: ['assign', 'manageBilling'],
  inviteLink: ['read', 'regenerate', 'update'],
  invitations: ['read', 'send'],
  auditLog: ['read'],
} as const;

export type Resource = keyof typeof statement;
export type Action<R extends Resource> = (typeof statement)[R][number];
export type Grants = { [R in Resource]?: readonly Action<R>[] };

export const roleNames = ['owner', 'admin', 'member'] as const;
export type Role = (typeof roleNames)[number];

const admin = {
  organization: ['read', 'update'],
  members: ['read', 'readPrivate', 'promote', 'remove'],
  seats: ['assign'],
  inviteLink: ['read', 'regenerate', 'update'],
  invitations: ['read', 'send'],
  auditLog: ['read'],
} as const satisfies Grants;

export const roles: Record<Role, Grants> = {
  owner: statement,
  admin,
  member: {
    organization: ['read'],
    members: ['read'],
  },
};

export function can<R extends Resource>(role: Role, resource: R, action: Action<R>): boolean {
  const granted = roles[role][resource] as readonly string[] | undefined;
  return granted?.includes(action) ?? false;
}
