import type { Organization, SeatSummary } from '../../contracts/organizations.ts';
import type { Role } from '../../contracts/permissions.ts';
import type { organization } from '../../db/schema/organizations.ts';

export function seatSummary(org: { seats: number; seatsUsed: number }): SeatSummary {
  return { total: org.seats, used: org.seatsUsed, available: org.seats - org.seatsUsed };
}

/** The organization as its members see it, with the viewer's own role and seat. */
export function organizationView(
  org: typeof organization.$inferSelect,
  viewer: { role: Role; seat: 'plus' | 'none' },
): Organization {
  return {
    id: org.id,
    name: org.name,
    image: org.image,
    description: org.description,
    welcomeMessage: org.welcomeMessage,
    createdAt: org.createdAt.toISOString(),
    seats: seatSummary(org),
    viewer: { role: viewer.role, seat: viewer.seat },
  };
}
