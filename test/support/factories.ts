import { expect } from 'vitest';
import type { SignedInUser } from './client.ts';

export type TestOrganization = { id: string; name: string; inviteUrl: string; invitePath: string };

/** An organization owned by `owner`, with its invite link read the way an owner would. */
export async function createOrganization(
  owner: SignedInUser,
  options: { name?: string; seats?: number } = {},
): Promise<TestOrganization> {
  const created = await owner.client.post('/api/v1/organizations', {
    name: options.name ?? 'Acme',
    seats: options.seats ?? 10,
  });
  expect(created.status).toBe(201);
  const link = await owner.client.get(`/api/v1/organizations/${created.body.id}/invite-link`);
  expect(link.status).toBe(200);
  return { id: created.body.id, name: created.body.name, ...paths(link.body.url) };
}

/** The preview API path for a /join/{orgId}/{token} URL. */
export function paths(inviteUrl: string) {
  const { pathname } = new URL(inviteUrl);
  return { inviteUrl, invitePath: `/api/v1/invites/${pathname.slice('/join/'.length)}` };
}
