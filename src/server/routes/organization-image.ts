import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema, RosterError } from '../../contracts/errors.ts';
import { organizationImageParams } from '../../contracts/member-management.ts';
import { organizationSchema, orgIdParams } from '../../contracts/organizations.ts';
import {
  getOrganizationImage,
  imageTypes,
  MAX_IMAGE_BYTES,
} from '../../core/organizations/organization-image.ts';
import { setOrganizationImage } from '../../core/organizations/set-organization-image.ts';
import { requireViewer } from '../plugins/session.ts';

const YEAR = 365 * 24 * 60 * 60;

/**
 * Upload and public serving of organization images. The raw-body parsers are registered in
 * this plugin only, so no other route accepts image bodies.
 */
export const organizationImageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;

  app.addContentTypeParser(
    [...imageTypes],
    { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES },
    (_request, body, done) => done(null, body),
  );

  // Fastify's generic wording talks about JSON; here the client needs to hear about images.
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      throw new RosterError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Upload a PNG, JPEG or GIF image with its Content-Type.',
      );
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      throw new RosterError('PAYLOAD_TOO_LARGE', 'The image is larger than 2 MB; upload a smaller one.');
    }
    throw error;
  });

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
      },
    },
    async (request, reply) => {
      const image = await getOrganizationImage(db, {
        organizationId: request.params.orgId,
        hash: request.params.hash,
      });
      // The URL changes with the bytes, so every cache may keep it for good.
      reply.header('cache-control', `public, max-age=${YEAR}, immutable`);
      reply.header('cross-origin-resource-policy', 'cross-origin');
      reply.header('content-security-policy', "default-src 'none'");
      return reply.type(image.contentType).send(image.bytes);
    },
  );
};
