import { eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { userImage } from '../../db/schema/user-images.ts';

/**
 * Changes the name people see (in member lists, notices from now on) or removes the
 * avatar. Names already written into notices stay as they were: those say what happened.
 */
export async function updateProfile(
  db: Database,
  options: { userId: string; name?: string; removeImage?: boolean },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(user)
      .set({
        ...(options.name !== undefined && { name: options.name }),
        ...(options.removeImage && { image: null }),
        updatedAt: new Date(),
      })
      .where(eq(user.id, options.userId))
      .returning({ id: user.id });
    if (!row) throw new RosterError('UNAUTHENTICATED', 'Your account no longer exists; sign in again.');
    if (options.removeImage) await tx.delete(userImage).where(eq(userImage.userId, options.userId));
  });
}
