import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { orgIdParams } from '../../contracts/organizations.ts';
import { restorableSeatsSchema, restoredSeatsSchema } from '../../contracts/restore-seats.ts';
import { listRestorableSeats, restoreReleasedSeats } from '../../core/billing/restore-released-seats.ts';
import { answerNoStore } from '../plugins/no-store.ts';
import { requireViewer } from '../plugins/session.ts';

/** Giving Plus back, in one step, to the members an ended subscription took it from. */
export const restoreSeatRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;
  const tags = ['seats'];
  answerNoStore(app);

  app.get(
    '/api/v1/organizations/:orgId/seats/restorable',
    {
      schema: {
        tags,
        summary: 'Members who lost Plus when the subscription ended and could have it back now (owner/admin)',
        params: orgIdParams,
        response: { 200: restorableSeatsSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return listRestorableSeats(db, { organizationId: request.params.orgId, userId: viewer.id });
    },
  );

  app.post(
    '/api/v1/organizations/:orgId/seats/restore',
    {
      schema: {
        tags,
        summary: 'Give their Plus seats back, all in one step (owner/admin)',
        description:
          'All or nothing: NO_SEATS_AVAILABLE says how many seats to add first; NOTHING_TO_RESTORE when ' +
          'everyone who had a seat has Plus again or has left.',
        params: orgIdParams,
        response: { 200: restoredSeatsSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return restoreReleasedSeats(db, { organizationId: request.params.orgId, actorId: viewer.id });
    },
  );
};
