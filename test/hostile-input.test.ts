import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../src/contracts/errors.ts';
import { rows } from '../src/db/rows.ts';
import { operator, type SignedInUser } from './support/client.ts';
import { createOrganization } from './support/factories.ts';
import {
  bentBody,
  contentTypes,
  garbageSegment,
  headerValue,
  hostileValue,
  type JsonSchema,
  type Known,
  nastyStrings,
  rawJsonTexts,
  validLike,
} from './support/hostile-arbitraries.ts';
import { type RawReply, rawClient } from './support/raw-http.ts';
import { seedUser } from './support/seed.ts';
import { type StateSnapshot, stateSnapshot } from './support/state-snapshot.ts';
import { startTestServer, TEST_API_KEY } from './support/test-server.ts';

/**
 * Hostile input against every operation of the OpenAPI document served at /api/docs, read at
 * run time so a new route is covered without touching this file. Each operation gets arbitrary
 * path parameters (real ids and garbage), bodies (from its request schema, bent, or not JSON at
 * all), query strings and headers, sent as owner, member, outsider, signed-out and operator.
 * For every response: no 5xx, and every error is `{ error: { code, message } }` with a known
 * code; a refused request changes nothing in the database.
 *
 * Time: RUNS requests per operation (default 20; 63 operations today, so about 1,260
 * requests) keep this file under 60 s on the 2-core CI machine: measured 50 s on PGlite
 * beside other tests (it was 47 s with 43 operations). HOSTILE_RUNS=500 for a longer hunt. On a
 * failure fast-check prints the seed and path: replay with `fc.assert(…, { seed, path })`.
 *
 * Event streams (GET …/stream) are sent too: an error is read in full, a 200 only by its
 * status and headers, because its body never ends (see support/raw-http.ts).
 *
 * The worker is off, so the outbox only changes through requests and the before/after
 * comparison is exact.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);

type Operation = {
  method: string;
  path: string;
  pathParams: string[];
  query: { name: string; schema: JsonSchema }[];
  body: JsonSchema | null;
};

const server = await startTestServer({ RUN_WORKER: 'false', LOG_LEVEL: 'silent' });
// One connection per request: a refused body may leave a connection unusable, and the next
// request must not inherit that.
const http = rawClient(server.url, { keepAlive: false });
const document = JSON.parse((await http.send({ method: 'GET', path: '/api/docs' })).text) as {
  paths: Record<string, Record<string, OpenApiOperation>>;
};
type OpenApiOperation = {
  parameters?: { in: string; name: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
    query: (op.parameters ?? [])
      .filter((p) => p.in === 'query')
      .map((p) => ({ name: p.name, schema: p.schema })),
    body: op.requestBody?.content['application/json']?.schema ?? null,
  })),
);

// The people and the organization requests are aimed at; rebuilt when a request succeeds in
// changing them (a member leaving, ownership moving, the link paused …).
const [owner, member, outsider] = (await Promise.all(
  ['Olive Owner', 'Mia Member', 'Otto Outsider'].map((name) => seedUser(server.url, { name })),
)) as [SignedInUser, SignedInUser, SignedInUser];
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const world = {
  orgId: '',
  orgName: 'Acme',
  otherOrgId: (await createOrganization(outsider, { name: 'Elsewhere' })).id,
  token: '',
  imageHash: '',
  webhookId: '',
  outboxId: '',
  ownerId: owner.id,
  memberId: member.id,
  outsiderId: outsider.id,
};
type Real = keyof typeof world;

async function refreshWorld(): Promise<void> {
  const db = server.database.db;
  const roles = world.orgId
    ? await rows<{ user_id: string; role: string }>(
        db,
        sql`SELECT user_id, role FROM membership WHERE organization_id = ${world.orgId}`,
      )
    : [];
  const roleOf = (id: string) => roles.find((r) => r.user_id === id)?.role;
  if (roleOf(owner.id) !== 'owner' || roleOf(member.id) !== 'member' || roleOf(outsider.id)) {
    const org = await createOrganization(owner, { name: 'Acme' });
    const joined = await member.client.post(`${org.invitePath}/join`);
    expect(joined.status, joined.text).toBe(201);
    world.orgId = org.id;
  }
  const settings = `/api/v1/organizations/${world.orgId}/invite-link`;
  let link = await owner.client.get(settings);
  if (link.body.paused || link.body.expiresAt || link.body.allowedDomains.length > 0) {
    link = await owner.client.patch(settings, { paused: false, expiresAt: null, allowedDomains: [] });
  }
  world.token = link.body.url.split('/').at(-1);
  const [org] = await rows<{ name: string }>(
    db,
    sql`SELECT name FROM organization WHERE id = ${world.orgId}`,
  );
  world.orgName = org!.name;
  let [image] = await rows<{ hash: string }>(
    db,
    sql`SELECT hash FROM organization_image WHERE organization_id = ${world.orgId}`,
  );
  if (!image) {
    await owner.client.put(`/api/v1/organizations/${world.orgId}/image`, png, {
      'content-type': 'image/png',
    });
    [image] = await rows(db, sql`SELECT hash FROM organization_image WHERE organization_id = ${world.orgId}`);
  }
  world.imageHash = image!.hash;
  let [hook] = await rows<{ id: string }>(db, sql`SELECT id FROM webhook_endpoint LIMIT 1`);
  if (!hook) {
    const created = await operator(server.url, TEST_API_KEY).post('/api/v1/webhooks', {
      url: 'https://hooks.example/x',
      eventTypes: ['seats.changed'],
    });
    hook = created.body;
  }
  world.webhookId = hook!.id;
  // A dead row, so the operator's retry has something real to act on.
  await db.execute(sql`UPDATE outbox SET status = 'dead' WHERE id = (SELECT id FROM outbox LIMIT 1)`);
  const [row] = await rows<{ id: string }>(db, sql`SELECT id FROM outbox WHERE status = 'dead' LIMIT 1`);
  world.outboxId = row?.id ?? '00000000-0000-4000-8000-000000000000';
}
await refreshWorld();

const known: Known = {
  uuids: () => [world.orgId, world.otherOrgId, world.webhookId, world.outboxId],
  userIds: () => [owner.id, member.id, outsider.id],
  names: () => [world.orgName],
};

/** A path parameter: a real value of the world (resolved when sent) or something made up. */
type Segment = { real: Real } | { raw: string };
const real = (...names: Real[]) => fc.constantFrom(...names).map((name): Segment => ({ real: name }));
const raw = (a: fc.Arbitrary<string>) => a.map((s): Segment => ({ raw: s }));
const garbage = raw(garbageSegment);

function segment(name: string): fc.Arbitrary<Segment> {
  const anyUuid = raw(fc.oneof(fc.uuid(), fc.constantFrom('00000000-0000-0000-0000-000000000000')));
  switch (name) {
    case 'orgId':
      return fc.oneof({ weight: 5, arbitrary: real('orgId') }, real('otherOrgId'), anyUuid, garbage);
    case 'userId':
      return fc.oneof({ weight: 4, arbitrary: real('memberId', 'ownerId', 'outsiderId') }, anyUuid, garbage);
    case 'token': {
      const base64url = fc.string({
        unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
        minLength: 22,
        maxLength: 22,
      });
      return fc.oneof({ weight: 4, arbitrary: real('token') }, raw(base64url), garbage);
    }
    case 'hash':
      return fc.oneof(
        { weight: 3, arbitrary: real('imageHash') },
        raw(fc.stringMatching(/^[0-9a-f]{16}$/)),
        garbage,
      );
    case 'webhookId':
      return fc.oneof({ weight: 3, arbitrary: real('webhookId') }, anyUuid, garbage);
    case 'outboxId':
      return fc.oneof({ weight: 3, arbitrary: real('outboxId') }, anyUuid, garbage);
    default:
      return fc.oneof(real('orgId', 'memberId'), anyUuid, garbage);
  }
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const enc = (value: unknown) =>
  encodeURIComponent(
    (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).replace(loneSurrogate, '\ufffd'),
  );

function queryString(op: Operation): fc.Arbitrary<string> {
  const param = (name: string, schema: JsonSchema) =>
    fc.oneof(
      { weight: 3, arbitrary: validLike(schema, known, name).map((v) => `${name}=${enc(v)}`) },
      hostileValue.map((v) => `${name}=${enc(v)}`),
      fc
        .tuple(validLike(schema, known, name), hostileValue)
        .map(([a, b]) => `${name}=${enc(a)}&${name}=${enc(b)}`),
      fc.constantFrom(`${name}[]=1`, `${name}[a][b]=1`, `${name}=%zz`, `${name}=%00`, name, `${name}=`),
    );
  const parts = op.query.map((q) => fc.option(param(q.name, q.schema), { nil: undefined }));
  const extra = fc.option(
    fc.oneof(
      fc.constantFrom('__proto__[isAdmin]=1', 'constructor[prototype][x]=1', '&&&', '=', '%', 'a=%E0%A4%A'),
      fc.tuple(garbageSegment, garbageSegment).map(([k, v]) => `${k}=${v}`),
    ),
    { nil: undefined },
  );
  return fc.tuple(fc.tuple(...parts), extra).map(([present, more]) => {
    const all = [...present, more].filter((p): p is string => p !== undefined);
    return all.length > 0 ? `?${all.join('&')}` : '';
  });
}

type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType: string }
  | { kind: 'text'; text: string; contentType: string | null }
  | { kind: 'bytes'; bytes: number[]; contentType: string | null }
  | { kind: 'huge'; contentType: string };

function body(op: Operation): fc.Arbitrary<Body> {
  const contentType = fc.constantFrom(...contentTypes);
  const json = (a: fc.Arbitrary<unknown>) =>
    a.map((value): Body => ({ kind: 'json', value, contentType: 'application/json' }));
  const shared: fc.WeightedArbitrary<Body>[] = [
    { weight: 1, arbitrary: fc.constant({ kind: 'none' }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...rawJsonTexts), fc.option(contentType, { nil: null }))
        .map(([text, type]): Body => ({ kind: 'text', text, contentType: type ?? 'application/json' })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }),
          fc.option(contentType, { nil: null }),
        )
        .map(([bytes, type]): Body => ({ kind: 'bytes', bytes, contentType: type })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(hostileValue, contentType)
        .map(([value, type]): Body => ({ kind: 'json', value, contentType: type })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('application/json', 'image/png', 'text/plain')
        .map((type): Body => ({ kind: 'huge', contentType: type })),
    },
  ];
  if (op.body) return fc.oneof({ weight: 8, arbitrary: json(bentBody(op.body, known)) }, ...shared);
  const image: Body = { kind: 'bytes', bytes: [...png], contentType: 'image/png' };
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant<Body>({ kind: 'none' }) },
    { weight: 1, arbitrary: fc.constant(image) },
    ...shared,
  );
}

const who = fc.constantFrom('owner', 'member', 'outsider', 'signedOut', 'operator');
const headers = fc.record(
  {
    accept: fc.oneof(
      fc.constantFrom('application/json', 'text/html', 'text/event-stream', '*/*'),
      headerValue,
    ),
    origin: fc.oneof(fc.constantFrom('none', 'https://evil.example', 'null'), headerValue),
    authorization: fc.oneof(
      fc.constantFrom(
        `Bearer ${TEST_API_KEY}x`,
        'Bearer ',
        'Basic YWRtaW46YWRtaW4=',
        `bearer ${TEST_API_KEY}`,
      ),
      headerValue,
    ),
    cookie: fc.oneof(
      fc.constantFrom('better-auth.session_token=forged.value', 'better-auth.session_token=', 'a=b; a=c'),
      headerValue,
    ),
    'content-encoding': fc.constantFrom('gzip', 'br', 'deflate', 'identity', 'x-made-up'),
    'x-forwarded-for': headerValue,
    'x-http-method-override': fc.constantFrom('DELETE', 'PUT'),
    'accept-language': headerValue,
    'user-agent': headerValue,
    host: fc.oneof(fc.constantFrom('evil.example', 'localhost:1'), headerValue),
  },
  { requiredKeys: [] },
);

type Attempt = {
  who: 'owner' | 'member' | 'outsider' | 'signedOut' | 'operator';
  method: string;
  params: Record<string, Segment>;
  query: string;
  body: Body;
  headers: Partial<Record<string, string>>;
};

function attempt(op: Operation): fc.Arbitrary<Attempt> {
  return fc.record({
    who,
    method: fc.oneof(
      { weight: 15, arbitrary: fc.constant(op.method) },
      { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS') },
    ),
    params: fc.record(Object.fromEntries(op.pathParams.map((name) => [name, segment(name)]))),
    query: queryString(op),
    body: body(op),
    headers,
  });
}

function toRequest(op: Operation, a: Attempt) {
  let path = op.path;
  for (const [name, seg] of Object.entries(a.params)) {
    path = path.replace(`{${name}}`, 'real' in seg ? encodeURIComponent(world[seg.real]) : seg.raw);
  }
  const out: Record<string, string> = {};
  const user =
    a.who === 'owner' ? owner : a.who === 'member' ? member : a.who === 'outsider' ? outsider : null;
  if (user) out.cookie = user.client.cookieHeader();
  if (user && a.method !== 'GET') out.origin = server.url;
  if (a.who === 'operator') out.authorization = `Bearer ${TEST_API_KEY}`;
  for (const [name, value] of Object.entries(a.headers)) {
    if (value === undefined) continue;
    if (name === 'origin' && value === 'none') delete out.origin;
    else if (name === 'cookie' && out.cookie) out.cookie = `${out.cookie}; ${value}`;
    else out[name] = value;
  }
  let payload: string | Uint8Array | undefined;
  const b = a.body;
  if (b.kind === 'json') payload = JSON.stringify(b.value) ?? 'null';
  if (b.kind === 'text') payload = b.text;
  if (b.kind === 'bytes') payload = Uint8Array.from(b.bytes);
  if (b.kind === 'huge') payload = JSON.stringify({ name: 'x'.repeat(2_200_000) });
  if (b.kind !== 'none' && 'contentType' in b && b.contentType) out['content-type'] = b.contentType;
  return { method: a.method, path: `${path}${a.query}`, headers: out, body: payload };
}

function expectWellFormed(reply: RawReply, label: string): void {
  const what = `${label} → ${reply.status} ${reply.text.slice(0, 300)}`;
  expect(reply.status, what).toBeLessThan(500);
  expect(reply.status, what).toBeGreaterThanOrEqual(200);
  if (reply.status < 400) return;
  expect(String(reply.headers['content-type']), what).toMatch(/^application\/json/);
  let parsed: unknown;
  try {
    parsed = JSON.parse(reply.text);
  } catch {
    throw new Error(`not JSON: ${what}`);
  }
  const checked = errorBodySchema.safeParse(parsed);
  expect(checked.success, what).toBe(true);
  expect(checked.data?.error.message.trim().length, what).toBeGreaterThan(0);
}

const seen = new Map<string, Map<number, number>>();
let baseline: StateSnapshot | null = null;

afterAll(async () => {
  const table = [...seen].map(([op, statuses]) => ({
    op,
    ...Object.fromEntries([...statuses].sort(([a], [b]) => a - b).map(([s, n]) => [s, n])),
  }));
  console.log(`hostile input: ${operations.length} operations × ${RUNS} runs on ${server.database.driver}`);
  console.table(table);
  http.close();
  await server.close();
});

describe('hostile input against every operation of /api/docs', () => {
  it('reads a document with the whole API in it', () => {
    expect(operations.length).toBeGreaterThanOrEqual(30);
    expect(operations.some((o) => o.body !== null)).toBe(true);
    // Guards the driver against nastyStrings being emptied by an edit.
    expect(nastyStrings.length).toBeGreaterThan(10);
  });

  for (const op of operations) {
    const key = `${op.method} ${op.path}`;
    it(key, async () => {
      const statuses = new Map<number, number>();
      seen.set(key, statuses);
      baseline = null;
      await fc.assert(
        fc.asyncProperty(attempt(op), async (a) => {
          const request = toRequest(op, a);
          const label = `${a.who} ${request.method} ${request.path.slice(0, 200)}`;
          // Requests run one at a time and the worker is off, so after a refusal the state is
          // still the one before it: only a success makes a new snapshot necessary.
          baseline ??= await stateSnapshot(server.database.db);
          const reply = await http.send(request);
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          expectWellFormed(reply, label);
          if (reply.status >= 400) {
            expect(await stateSnapshot(server.database.db), `state changed by refused ${label}`).toEqual(
              baseline,
            );
          } else {
            if (request.method !== 'GET') await refreshWorld();
            baseline = null;
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});
