import { and, eq } from 'drizzle-orm';
import { RosterError } from '../../contracts/errors.ts';
import type { Database } from '../../db/client.ts';
import { outbox } from '../../db/schema/notifications.ts';

/** Gives a dead row a fresh set of attempts, once the operator has fixed the cause. */
export async function retryDeadRow(db: Database, id: string): Promise<void> {
  const revived = await db
    .update(outbox)
    .set({ status: 'pending', attempts: 0, runAfter: new Date(), lockedUntil: null, claimId: null })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'dead')))
    .returning({ id: outbox.id });
  if (revived.length === 0) throw new RosterError('NOT_FOUND', `No dead outbox row with id ${id}.`);
}
