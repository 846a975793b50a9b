import fc from 'fast-check';

/** The part of JSON Schema that @fastify/swagger writes for our zod contracts. */
export type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
};

/** Real ids of the test's world, so generated requests reach the domain, not just the validators. */
export type Known = {
  uuids: () => string[];
  userIds: () => string[];
  names: () => string[];
};

/** Strings that have broken servers before: SQL, traversal, NUL, lone surrogates, huge ones. */
export const nastyStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  "' OR '1'='1",
  "'; DROP TABLE organization; --",
  '" OR 1=1 --',
  '1) OR (1=1',
  '\\',
  '%',
  '_',
  '%00',
  '%27',
  '../../../../etc/passwd',
  '..%2f..%2f',
  '\ud800',
  '\uffff',
  '𝕏😀\u202e\u200b',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as written
  '${7*7}{{7*7}}',
  'x'.repeat(2_500),
  '9'.repeat(400),
];

export const nastyNumbers = [0, -0, -1, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e308, -1e308, 5e-324];

const nastyString = fc.oneof(fc.constantFrom(...nastyStrings), fc.string({ unit: 'binary', maxLength: 40 }));

/** Any JSON value, biased towards the ones that trip parsers and databases. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(...nastyNumbers),
  fc.constantFrom(null, true, false, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A value that looks like what the schema asks for (often valid, by construction). */
export function validLike(schema: JsonSchema, known: Known, name = ''): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => validLike(s, known, name)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return stringLike(schema, known, name);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validLike(schema.items ?? {}, known, name), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'object':
      return objectLike(schema, known);
    default:
      return hostileValue;
  }
}

function stringLike(schema: JsonSchema, known: Known, name: string): fc.Arbitrary<string> {
  const { minLength = 0, maxLength = 120 } = schema;
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...known.uuids()), fc.uuid());
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (schema.format === 'uri')
    return fc.oneof(fc.webUrl(), fc.constantFrom('http://127.0.0.1:1/x', 'file:///etc/passwd'));
  if (schema.pattern?.includes('[a-z]{2,63}')) return fc.domain();
  if (/userId|actor/i.test(name))
    return fc.oneof(fc.constantFrom(...known.userIds()), fc.string({ minLength: 1 }));
  if (/name/i.test(name))
    return fc.oneof(fc.constantFrom(...known.names()), fc.string({ minLength, maxLength }));
  return fc.string({ minLength, maxLength: Math.min(maxLength, 120) });
}

function objectLike(schema: JsonSchema, known: Known): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const record = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, validLike(s, known, key)])),
    { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
  );
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object') {
    const keys = fc.oneof(
      fc.constantFrom('welcome', 'member_joined', 'seat_assigned'),
      fc.string({ maxLength: 30 }),
    );
    return fc
      .tuple(record, fc.dictionary(keys, validLike(extra, known), { maxKeys: 4 }))
      .map(([a, b]) => ({ ...b, ...a }));
  }
  return record;
}

/** The schema's idea of a body, bent: wrong types, extra or missing fields, deep nesting. */
export function bentBody(schema: JsonSchema, known: Known): fc.Arbitrary<unknown> {
  const valid = validLike(schema, known);
  const keys = Object.keys(schema.properties ?? {});
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.string({ maxLength: 10 });
  const asObject = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    // one field of the wrong type or a nasty value
    fc.tuple(valid, key, hostileValue).map(([v, k, bad]) => ({ ...asObject(v), [k]: bad })),
    // an unknown field, including prototype keys
    fc
      .tuple(
        valid,
        fc.constantFrom('extra', '__proto__', 'constructor', 'isAdmin', 'role', 'seatsUsed'),
        hostileValue,
      )
      // A computed key defines an own "__proto__" property, so JSON.stringify sends it.
      .map(([v, k, bad]) => ({ ...asObject(v), [k]: bad })),
    // a required field missing
    fc.tuple(valid, key).map(([v, k]) => {
      const copy = { ...asObject(v) };
      delete copy[k];
      return copy;
    }),
    // deep nesting inside a field
    fc.tuple(valid, key, fc.integer({ min: 10, max: 200 })).map(([v, k, depth]) => {
      let nested: unknown = 1;
      for (let i = 0; i < depth; i++) nested = { a: nested };
      return { ...asObject(v), [k]: nested };
    }),
    hostileValue,
  );
}

/** Body texts that are not what JSON.stringify would ever write. */
export const rawJsonTexts = [
  '',
  ' ',
  'null',
  '"x"',
  '{',
  '{"a":',
  '{"seats": 1e400, "name": "x"}',
  '{"seats": -1e400, "name": "x"}',
  '{"seats": 1.0000000000000000000000001, "name": "x"}',
  '{"seats": 10, "seats": "ten", "name": "x"}',
  '{"__proto__": {"isAdmin": true}}',
  '{"constructor": {"prototype": {"isAdmin": true}}}',
  '{"name": "\\u0000", "seats": 1}',
  '{"name": "\\ud800", "seats": 1}',
  '{"userId": "\\u0000"}',
  '{"confirmName": "\\u0000"}',
  `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
  '\ufeff{"all": true}',
  '{"all": true} trailing',
  '[{"all": true}]',
];

export const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/problem+json',
  'text/plain',
  'text/html',
  'application/octet-stream',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'image/png',
  'image/gif',
  'image/svg+xml',
  ';;;',
  'application/json; boundary=',
];

/** A header value Node's client will put on the wire: visible Latin-1, spaces and tabs. */
export const headerValue = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x80, max: 0xff }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 60,
});

/** Path segments: nasty strings, sent encoded, raw (where the wire allows it) or mis-encoded. */
export const garbageSegment: fc.Arbitrary<string> = fc.oneof(
  nastyString.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'))),
  fc.constantFrom(...nastyStrings).filter((s) => /^[\u0021-\u00ff]+$/.test(s)),
  fc.constantFrom(
    '%',
    '%zz',
    '%c0%af',
    '%ff',
    '%00',
    '%2e%2e%2f',
    '..',
    '.',
    '..%2f..%2fapi',
    'a;b',
    'a,b',
    '*',
    '%2F',
  ),
  fc
    .string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 30 })
    .filter((s) => s.length > 0 && !s.includes('?') && !s.includes('#')),
);
