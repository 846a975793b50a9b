import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { inviteParams } from '../../contracts/invites.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import {
  mySeatRequestSchema,
  seatRequestListSchema,
  seatRequestParams,
  seatRequestSchema,
} from '../../contracts/seat-requests.ts';
import { admitSeatRequest } from '../../core/seat-requests/admit-seat-request.ts';
import { declineSeatRequest } from '../../core/seat-requests/decline-seat-request.ts';
import { listSeatRequests } from '../../core/seat-requests/list-seat-requests.ts';
import { requestSeat } from '../../core/seat-requests/request-seat.ts';
import { withdrawSeatRequest } from '../../core/seat-requests/withdraw-seat-request.ts';
import { inviteRateLimits } from '../plugins/rate-limits.ts';
import { requireViewer } from '../plugins/session.ts';

/** Asking for a seat in a full organization, and owners and admins answering. */
export const seatRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, inviteKey: key } = app.roster;
  const limits = inviteRateLimits(app);
  const tags = ['seat requests'];

  app.post(
    '/api/v1/invites/:orgId/:token/seat-request',
    {
      preHandler: [limits.joinCeiling, limits.guardJoin, limits.joinByUser],
      onError: limits.countBadTokens,
      schema: {
        tags,
        summary: 'Ask for a seat in a full organization (201 new, 200 already pending)',
        params: inviteParams,
        response: { 200: mySeatRequestSchema, 201: mySeatRequestSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      reply.header('cache-control', 'no-store');
      reply.header('referrer-policy', 'no-referrer');
      const { request: made, created } = await requestSeat(db, {
        key,
        organizationId: request.params.orgId,
        token: request.params.token,
        userId: viewer.id,
      });
      return reply.status(created ? 201 : 200).send(made);
    },
  );

  app.delete(
    '/api/v1/invites/:orgId/:token/seat-request',
    {
      preHandler: [limits.joinCeiling, limits.guardJoin, limits.joinByUser],
      onError: limits.countBadTokens,
      schema: {
        tags,
        summary: 'Withdraw your own pending seat request (204)',
        params: inviteParams,
        response: { 204: z.null(), '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      reply.header('cache-control', 'no-store');
      reply.header('referrer-policy', 'no-referrer');
      await withdrawSeatRequest(db, {
        key,
        organizationId: request.params.orgId,
        token: request.params.token,
        userId: viewer.id,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/organizations/:orgId/seat-requests',
    {
      schema: {
        tags,
        summary: 'People waiting for a seat, oldest first (owner/admin)',
        params: orgIdParams,
        response: { 200: seatRequestListSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return {
        requests: await listSeatRequests(db, { organizationId: request.params.orgId, actorId: viewer.id }),
      };
    },
  );

  for (const [verb, decide, summary] of [
    ['admit', admitSeatRequest, 'Let the requester join with a Plus seat (owner/admin)'],
    ['decline', declineSeatRequest, 'Decline the request; the requester is told (owner/admin)'],
  ] as const) {
    app.post(
      `/api/v1/organizations/:orgId/seat-requests/:requestId/${verb}`,
      {
        schema: {
          tags,
          summary,
          params: seatRequestParams,
          response: { 200: seatRequestSchema, '4xx': errorBodySchema },
        },
      },
      async (request) => {
        const viewer = await requireViewer(request);
        return decide(db, {
          organizationId: request.params.orgId,
          requestId: request.params.requestId,
          actorId: viewer.id,
        });
      },
    );
  }
};
