import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import {
  createOrganizationBody,
  organizationListSchema,
  organizationSchema,
  orgIdParams,
} from '../../contracts/organizations.ts';
import { createOrganization } from '../../core/organizations/create-organization.ts';
import { getOrganization } from '../../core/organizations/get-organization.ts';
import { listMyOrganizations } from '../../core/organizations/list-my-organizations.ts';
import { requireViewer } from '../plugins/session.ts';

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;
  const tags = ['organizations'];

  app.post(
    '/api/v1/organizations',
    {
      schema: {
        tags,
        summary:
          'Create an organization; the caller becomes its owner and takes a seat (manual billing; with Stripe, use checkout)',
        body: createOrganizationBody,
        response: { 201: organizationSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      const org = await createOrganization(db, {
        ownerId: viewer.id,
        ...request.body,
        context: app.roster.billing.context,
      });
      return reply.status(201).send(org);
    },
  );

  app.get(
    '/api/v1/organizations',
    {
      schema: {
        tags,
        summary: 'The organizations I belong to, with my role',
        response: { 200: organizationListSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => ({ organizations: await listMyOrganizations(db, (await requireViewer(request)).id) }),
  );

  app.get(
    '/api/v1/organizations/:orgId',
    {
      schema: {
        tags,
        summary: 'One organization (members only)',
        params: orgIdParams,
        response: { 200: organizationSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return getOrganization(db, { organizationId: request.params.orgId, userId: viewer.id });
    },
  );
};
