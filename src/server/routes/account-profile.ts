import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { updateProfileBody, userImageParams } from '../../contracts/account.ts';
import { errorBodySchema } from '../../contracts/errors.ts';
import { meSchema } from '../../contracts/plus.ts';
import { getAvatar, setAvatar } from '../../core/account/avatar.ts';
import { updateProfile } from '../../core/account/update-profile.ts';
import { MAX_IMAGE_BYTES } from '../../core/images/image-bytes.ts';
import { getMe } from '../../core/plus/get-me.ts';
import { requireViewer } from '../plugins/session.ts';
import { acceptImageBodies, IMMUTABLE_FOR } from './image-upload.ts';

/** The name and avatar other people see; the avatar is served publicly by content address. */
export const accountProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.roster;
  const tags = ['account'];
  acceptImageBodies(app);

  app.patch(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'Change your name, or remove your avatar (image: null)',
        body: updateProfileBody,
        response: { 200: meSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      const { name, image } = request.body;
      await updateProfile(db, { userId: viewer.id, name, removeImage: image === null });
      return getMe(db, viewer.id);
    },
  );

  app.put(
    '/api/v1/me/image',
    {
      bodyLimit: MAX_IMAGE_BYTES,
      schema: {
        tags,
        summary: 'Upload your avatar: PNG, JPEG or GIF, at most 2 MB, as the raw body',
        response: { 200: meSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      await setAvatar(db, { userId: viewer.id, bytes });
      return getMe(db, viewer.id);
    },
  );

  app.get(
    '/api/v1/user-images/:userId/:hash',
    {
      schema: {
        tags,
        summary: "A person's avatar, by content address (public, like organization images)",
        security: [],
        params: userImageParams,
        response: {
          200: z.unknown().meta({ description: 'The image (PNG, JPEG or GIF)' }),
          '4xx': errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const image = await getAvatar(db, request.params);
      reply.header('cache-control', IMMUTABLE_FOR);
      reply.header('cross-origin-resource-policy', 'cross-origin');
      reply.header('content-security-policy', "default-src 'none'");
      return reply.type(image.contentType).send(image.bytes);
    },
  );
};
