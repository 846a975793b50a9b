import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { organizationImage } from '../../db/schema/organizations.ts';

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
