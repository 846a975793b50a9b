import { createHash } from 'node:crypto';
import { RosterError } from '../../contracts/errors.ts';

/** Uploaded images (organization images, avatars): what is accepted and how it is addressed. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const imageTypes = ['image/png', 'image/jpeg', 'image/gif'] as const;
export type ImageType = (typeof imageTypes)[number];

/** The type from the file's first bytes; the name and declared type prove nothing. */
export function detectImageType(bytes: Buffer): ImageType | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const head = bytes.subarray(0, 6).toString('latin1');
  if (head === 'GIF87a' || head === 'GIF89a') return 'image/gif';
  return null;
}

/** A content address: the URL changes whenever the bytes do, so it may be cached forever. */
export function imageHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** The image's type, or the refusal a person understands (too large, not an image). */
export function checkImage(bytes: Buffer): ImageType {
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new RosterError('PAYLOAD_TOO_LARGE', 'The image is larger than 2 MB; upload a smaller one.');
  }
  const contentType = detectImageType(bytes);
  if (!contentType) {
    throw new RosterError('UNSUPPORTED_MEDIA_TYPE', 'The file is not a PNG, JPEG or GIF image.');
  }
  return contentType;
}
