import type { Database } from '../../db/client.ts';
import { admitWaitingRequests } from '../seat-requests/admit-waiting-requests.ts';

/** Extra passes for requests that arrive while seats are being added (rare; bounded). */
const MAX_EXTRA_PASSES = 3;

/** After a raise: admits the requests that arrived while its transaction held the locks. */
export async function admitRemaining(
  db: Database,
  organizationId: string,
  actorId: string | null,
  more: boolean,
): Promise<number> {
  let admitted = 0;
  for (let pass = 0; more && pass < MAX_EXTRA_PASSES; pass++) {
    const next = await admitWaitingRequests(db, { organizationId, actorId });
    admitted += next.admitted;
    more = next.more;
  }
  return admitted;
}
