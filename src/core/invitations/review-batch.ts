import { eq, sql } from 'drizzle-orm';
import type { BatchReport } from '../../contracts/invitations.ts';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { organization } from '../../db/schema/organizations.ts';
import { organizationNotFound } from '../access/require-membership.ts';
import { type ParsedBatch, problem } from './parse-batch.ts';

type Facts = { email: string; member: boolean; plus: boolean; recent: boolean };

/**
 * What the database says about a parsed batch, in one statement: which addresses belong to
 * members (left out), which people have Plus already (they take no seat), and which got an
 * invitation less than a day ago; with the seats free, the seats the batch needs and how
 * many are short. Addresses are compared as stored: accounts keep theirs in lower case.
 */
export async function reviewBatch(
  db: Database,
  organizationId: string,
  parsed: ParsedBatch,
): Promise<BatchReport> {
  const [org] = await db
    .select({ seats: organization.seats, seatsUsed: organization.seatsUsed })
    .from(organization)
    .where(eq(organization.id, organizationId));
  if (!org) throw organizationNotFound();
  const emails = parsed.addresses.map((a) => a.email);
  const facts =
    emails.length === 0
      ? []
      : await rows<Facts>(
          db,
          sql`SELECT a.email,
                EXISTS (SELECT 1 FROM "user" u JOIN membership m ON m.user_id = u.id AND m.organization_id = ${organizationId}
                        WHERE u.email = a.email) AS member,
                EXISTS (SELECT 1 FROM "user" u WHERE u.email = a.email
                        AND (EXISTS (SELECT 1 FROM personal_plus p WHERE p.user_id = u.id)
                             OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.seat = 'plus'))) AS plus,
                EXISTS (SELECT 1 FROM invitation i WHERE i.organization_id = ${organizationId} AND i.email = a.email
                        AND i.status IN ('invited', 'opened') AND i.sent_at > now() - interval '1 day') AS recent
              FROM jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb) AS a(email)`,
        );
  const byEmail = new Map(facts.map((f) => [f.email, f]));
  const problems = [...parsed.problems];
  const addresses: BatchReport['addresses'] = [];
  for (const a of parsed.addresses) {
    const f = byEmail.get(a.email);
    if (f?.member) {
      problems.push(problem(a.line, a.email, 'already_member'));
      continue;
    }
    addresses.push({
      line: a.line,
      email: a.email,
      hasPlus: f?.plus ?? false,
      sentRecently: f?.recent ?? false,
    });
  }
  problems.sort((x, y) => x.line - y.line);
  const available = org.seats - org.seatsUsed;
  const alreadyPlus = addresses.filter((a) => a.hasPlus).length;
  const seatsNeeded = addresses.length - alreadyPlus;
  return {
    lines: parsed.lines,
    addresses,
    problems,
    seats: { total: org.seats, used: org.seatsUsed, available },
    alreadyPlus,
    seatsNeeded,
    seatsShort: Math.max(0, seatsNeeded - available),
    sentRecently: addresses.filter((a) => a.sentRecently).length,
  };
}
