import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../contracts/errors.ts';
import { organizationImageParams } from '../../contracts/member-management.ts';
import { organizationSchema, orgIdParams } from '../../contracts/organizations.ts';
import { MAX_IMAGE_BYTES } from '../../core/images/image-bytes.ts';
import { getOrganizationImage } from '../../core/organizations/organization-image.ts';
import { setOrganizationImage } from '../../core/organizations/set-organization-image.ts';
import { requireViewer } from '../plugins/session.ts';
import { acceptImageBodies, IMMUTABLE_FOR } from './image-upload.ts';

/** Upload and public serving of organization images. */
export const organizationImageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;

  acceptImageBodies(app);

  app.put(
    '/api/v1/organizations/:orgId/image',
    {
      bodyLimit: MAX_IMAGE_BYTES,
      schema: {
        tags: ['organizations'],
        summary:
          'Upload the organization image: PNG, JPEG or GIF, at most 2 MB, as the raw body (owner/admin)',
        params: orgIdParams,
        response: { 200: organizationSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return setOrganizationImage(db, { organizationId: request.params.orgId, userId: viewer.id, bytes });
    },
  );

  app.get(
    '/api/v1/organization-images/:orgId/:hash',
    {
      schema: {
        tags: ['organizations'],
        summary: 'An organization image, by content address (public: invitees see it on the invite page)',
        security: [],
        params: organizationImageParams,
        response: {
          200: z.unknown().meta({ description: 'The image (PNG, JPEG or GIF)' }),
          '4xx': errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const image = await getOrganizationImage(db, {
        organizationId: request.params.orgId,
        hash: request.params.hash,
      });
      // The URL changes with the bytes, so every cache may keep it for good.
      reply.header('cache-control', IMMUTABLE_FOR);
      reply.header('cross-origin-resource-policy', 'cross-origin');
      reply.header('content-security-policy', "default-src 'none'");
      return reply.type(image.contentType).send(image.bytes);
    },
  );
};
