import { and, eq } from 'drizzle-orm';
import type { Member } from '../../contracts/members.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { membership } from '../../db/schema/organizations.ts';

export const memberColumns = {
  id: user.id,
  name: user.name,
  image: user.image,
  email: user.email,
  role: membership.role,
  seat: membership.seat,
  joinedAt: membership.joinedAt,
  lastActiveAt: membership.lastActiveAt,
};

type MemberRow = {
  id: string;
  name: string;
  image: string | null;
  email: string;
  role: Member['role'];
  seat: Member['seat'];
  joinedAt: Date;
  lastActiveAt: Date | null;
};

/** A member as the API shows them; e-mail and activity only to owners and admins. */
export function memberView(r: MemberRow, privileged: boolean): Member {
  return {
    user: { id: r.id, name: r.name, image: r.image, ...(privileged && { email: r.email }) },
    role: r.role,
    seat: r.seat,
    joinedAt: r.joinedAt.toISOString(),
    ...(privileged && { lastActiveAt: r.lastActiveAt?.toISOString() ?? null }),
  };
}

export async function findMember(
  db: Database,
  organizationId: string,
  userId: string,
): Promise<MemberRow | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.organizationId, organizationId), eq(membership.userId, userId)));
  return row;
}
