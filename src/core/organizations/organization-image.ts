import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { organizationImage } from '../../db/schema/organizations.ts';

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

export function imagePath(organizationId: string, hash: string): string {
  return `/api/v1/organization-images/${organizationId}/${hash}`;
}

/** The image behind a public image URL; a stale hash is NOT_FOUND, never another image. */
export async function getOrganizationImage(
  db: Database,
  options: { organizationId: string; hash: string },
): Promise<{ contentType: string; bytes: Buffer }> {
  const [row] = await db
    .select({ contentType: organizationImage.contentType, bytes: organizationImage.bytes })
    .from(organizationImage)
    .where(
      and(
        eq(organizationImage.organizationId, options.organizationId),
        eq(organizationImage.hash, options.hash),
      ),
    );
  if (!row) throw new RosterError('NOT_FOUND', 'No such image; the organization may have changed it.');
  return row;
}
