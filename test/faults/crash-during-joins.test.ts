import { afterAll, describe, expect, it } from 'vitest';
import { type SignedInUser, signUp, signUpMany } from '../support/client.ts';
import { createOrganization } from '../support/factories.ts';
import { type RosterProcess, startRosterProcess } from '../support/roster-process.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { freePort } from '../support/test-server.ts';

const ROUNDS = 5;
const JOINERS = 60;

let database: TestDatabase | undefined;
let current: RosterProcess | undefined;
afterAll(async () => {
  current?.child.kill('SIGKILL');
  await database?.drop();
});

/** Every membership the owner can see, and every join recorded in the audit log. */
async function readBack(owner: SignedInUser, orgId: string) {
  const members = (await owner.client.get(`/api/v1/organizations/${orgId}/members?limit=100`)).body.members;
  const audit = (
    await owner.client.get(`/api/v1/organizations/${orgId}/audit-log?action=member.joined&limit=100`)
  ).body;
  const seats = (await owner.client.get(`/api/v1/organizations/${orgId}`)).body.seats;
  return { members, joinedEvents: audit.events, seats };
}

describe('a crash in the middle of a join burst', () => {
  it(`loses no acknowledged join and leaves nothing half-written (${ROUNDS} SIGKILLs)`, {
    timeout: 300_000,
  }, async () => {
    database = await createTestDatabase();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      ...database.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: url,
      LOG_LEVEL: 'info', // readiness is read from the start-up log line
      RATE_LIMIT_JOIN_PER_MINUTE: '100000',
      RATE_LIMIT_JOIN_PER_USER_PER_MINUTE: '100000',
      RATE_LIMIT_PREVIEW_PER_MINUTE: '100000',
    };
    const start = async () => {
      current = startRosterProcess(env);
      await current.ready;
    };
    await start();
    const owner = await signUp(url, { name: 'Crash Owner' });
    const joiners = await signUpMany(url, JOINERS);

    for (let round = 1; round <= ROUNDS; round++) {
      // Fewer seats than joiners, so claims and refusals race as well as the crash.
      const org = await createOrganization(owner, { name: `Crash ${round}`, seats: 40 });
      const acknowledged: string[] = [];
      const burst = joiners.map(async (joiner) => {
        try {
          const reply = await joiner.client.post(`${org.invitePath}/join`);
          if (reply.status === 201) acknowledged.push(joiner.id);
          else expect([409]).toContain(reply.status);
        } catch {
          // The connection died with the server: this join may or may not have committed.
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 400));
      current!.child.kill('SIGKILL');
      await current!.exited;
      await Promise.all(burst);

      await start();
      const { members, joinedEvents, seats } = await readBack(owner, org.id);
      const memberIds = new Set(members.map((m: any) => m.user.id));
      for (const id of acknowledged)
        expect(memberIds.has(id), `acknowledged join of ${id} in round ${round}`).toBe(true);
      // Nothing half-written: every member has exactly one join event, and the seat count
      // matches the members holding Plus.
      const joinedIds = joinedEvents.map((e: any) => e.target.id);
      for (const m of members.filter((m: any) => m.role === 'member')) {
        expect(
          joinedIds.filter((id: string) => id === m.user.id),
          `join event of ${m.user.id}`,
        ).toHaveLength(1);
      }
      expect(joinedIds).toHaveLength(members.filter((m: any) => m.role === 'member').length);
      expect(seats.used).toBe(members.filter((m: any) => m.seat === 'plus').length);
      expect(seats.used).toBeLessThanOrEqual(seats.total);
    }
  });
});
