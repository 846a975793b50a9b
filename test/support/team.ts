import { expect } from 'vitest';
import type { SignedInUser } from './client.ts';
import { createOrganization, type TestOrganization } from './factories.ts';
import { seedUser } from './seed.ts';

export type Team = {
  org: TestOrganization;
  owner: SignedInUser;
  admin: SignedInUser;
  member: SignedInUser;
  /** The API path of one member, for PATCH and DELETE. */
  memberPath(user: { id: string }): string;
};

/** Someone joins through the organization's invite link, as an invitee would. */
export async function join(user: SignedInUser, org: TestOrganization) {
  const reply = await user.client.post(`${org.invitePath}/join`);
  expect(reply.status, reply.text).toBe(201);
  return reply.body as { seat: 'plus' | 'none' };
}

/**
 * An organization with an owner, an admin and a member (seeded people), built through the API: the admin
 * and the member join by the link and the owner promotes the admin. Pass people in to
 * reuse accounts across organizations (they then join without a seat: Plus from elsewhere).
 */
export async function createTeam(
  baseUrl: string,
  options: { seats?: number; owner?: SignedInUser; admin?: SignedInUser; member?: SignedInUser } = {},
): Promise<Team> {
  const [owner, admin, member] = await Promise.all([
    options.owner ?? seedUser(baseUrl, { name: 'Olive Owner' }),
    options.admin ?? seedUser(baseUrl, { name: 'Adam Admin' }),
    options.member ?? seedUser(baseUrl, { name: 'Mia Member' }),
  ]);
  const org = await createOrganization(owner, { seats: options.seats ?? 10 });
  await join(admin, org);
  await join(member, org);
  const memberPath = (user: { id: string }) => `/api/v1/organizations/${org.id}/members/${user.id}`;
  const promoted = await owner.client.patch(memberPath(admin), { role: 'admin' });
  expect(promoted.status, promoted.text).toBe(200);
  return { org, owner, admin, member, memberPath };
}
