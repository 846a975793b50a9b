import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { deleteOrganizationBody, updateOrganizationBody } from '../../contracts/member-management.ts';
import { organizationSchema, orgIdParams } from '../../contracts/organizations.ts';
import { deleteOrganization } from '../../core/organizations/delete-organization.ts';
import { updateOrganization } from '../../core/organizations/update-organization.ts';
import { requireViewer } from '../plugins/session.ts';

export const organizationSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;
  const tags = ['organizations'];

  app.patch(
    '/api/v1/organizations/:orgId',
    {
      schema: {
        tags,
        summary: 'Rename the organization or remove its image (owner/admin)',
        params: orgIdParams,
        body: updateOrganizationBody,
        response: { 200: organizationSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return updateOrganization(db, {
        organizationId: request.params.orgId,
        userId: viewer.id,
        ...request.body,
      });
    },
  );

  app.delete(
    '/api/v1/organizations/:orgId',
    {
      schema: {
        tags,
        summary: 'Delete the organization and release every seat; confirm with its exact name (owner only)',
        params: orgIdParams,
        body: deleteOrganizationBody,
        response: { 204: z.null().describe('Done'), '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      await deleteOrganization(db, {
        organizationId: request.params.orgId,
        userId: viewer.id,
        confirmName: request.body.confirmName,
      });
      return reply.status(204).send(null);
    },
  );
};
