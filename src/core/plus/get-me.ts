import { eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Me } from '../../contracts/plus.ts';
import type { Database } from '../../db/client.ts';
import { user } from '../../db/schema/auth.ts';
import { hasPassword } from '../account/has-password.ts';
import { getPlusStatus } from './get-plus-status.ts';

/** The signed-in user's profile, sign-in methods and Plus status, for the web app's pages. */
export async function getMe(db: Database, userId: string): Promise<Me> {
  const [row] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      image: user.image,
    })
    .from(user)
    .where(eq(user.id, userId));
  if (!row) throw new RosterError('UNAUTHENTICATED', 'Your account no longer exists; sign in again.');
  return {
    user: { ...row, hasPassword: await hasPassword(db, userId) },
    plus: await getPlusStatus(db, userId),
  };
}
