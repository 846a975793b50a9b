import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { userImage } from '../../db/schema/user-images.ts';
import { checkImage, imageHash } from '../images/image-bytes.ts';

export function avatarPath(userId: string, hash: string): string {
  return `/api/v1/user-images/${encodeURIComponent(userId)}/${hash}`;
}

/** Stores a new avatar and points `user.image` at its content-addressed URL. */
export async function setAvatar(db: Database, options: { userId: string; bytes: Buffer }): Promise<string> {
  const { userId, bytes } = options;
  const contentType = checkImage(bytes);
  const hash = imageHash(bytes);
  const image = avatarPath(userId, hash);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(user)
      .set({ image, updatedAt: new Date() })
      .where(eq(user.id, userId))
      .returning({ id: user.id });
    if (!row) throw new RosterError('UNAUTHENTICATED', 'Your account no longer exists; sign in again.');
    const values = { hash, contentType, bytes, createdAt: new Date() };
    await tx
      .insert(userImage)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: userImage.userId, set: values });
  });
  return image;
}

/** The image behind a public avatar URL; a stale hash is NOT_FOUND, never another image. */
export async function getAvatar(
  db: Database,
  options: { userId: string; hash: string },
): Promise<{ contentType: string; bytes: Buffer }> {
  const [row] = await db
    .select({ contentType: userImage.contentType, bytes: userImage.bytes })
    .from(userImage)
    .where(and(eq(userImage.userId, options.userId), eq(userImage.hash, options.hash)));
  if (!row) throw new RosterError('NOT_FOUND', 'No such image; the person may have changed it.');
  return row;
}
