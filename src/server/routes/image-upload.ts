import type { FastifyError, FastifyInstance } from 'fastify';
import { RosterError } from '../../contracts/errors.ts';
import { imageTypes, MAX_IMAGE_BYTES } from '../../core/images/image-bytes.ts';

/** Public images are addressed by content: every cache may keep one for good. */
export const IMMUTABLE_FOR = `public, max-age=${365 * 24 * 60 * 60}, immutable`;

/**
 * Lets the routes of one plugin take a raw image body (PNG, JPEG or GIF, at most 2 MB).
 * Registered per plugin, so no other route accepts image bodies.
 */
export function acceptImageBodies(app: FastifyInstance): void {
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
}
