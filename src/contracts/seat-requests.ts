import { z } from 'zod';

/** `ended`: the invite link it came through was reset, paused or restricted so it no longer admits the requester. */
export const seatRequestStatus = z.enum(['pending', 'admitted', 'declined', 'ended']);

/** A request as the invitee who made it sees it. */
export const mySeatRequestSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  status: seatRequestStatus,
  createdAt: z.iso.datetime(),
});
export type MySeatRequest = z.infer<typeof mySeatRequestSchema>;

/** A request as owners and admins see it, with who is asking. */
export const seatRequestSchema = mySeatRequestSchema.extend({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), image: z.string().nullable() }),
  decidedAt: z.iso.datetime().nullable(),
});
export type SeatRequest = z.infer<typeof seatRequestSchema>;

export const seatRequestListSchema = z.object({ requests: z.array(seatRequestSchema) });

export const seatRequestParams = z.object({
  orgId: z.uuid({ error: 'orgId must be an organization id (a UUID)' }),
  requestId: z.uuid({ error: 'requestId must be a seat request id (a UUID)' }),
});
