import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

type Operation = { summary?: string; responses?: Record<string, unknown> };
// OpenAPI 3.0: a schema's first example is the media type's `example`.
type ErrorAnswer = { content?: Record<string, { example?: unknown }> };
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

describe('the API reference', () => {
  it('documents every operation with a summary and its 4xx error answers', async () => {
    const reply = await new Client(server.url).get('/api/openapi.json');
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toMatch(/^3\./);
    const missing: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(
      reply.body.paths as Record<string, Record<string, Operation>>,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        if (!METHODS.includes(method)) continue;
        operations += 1;
        const where = `${method.toUpperCase()} ${path}`;
        if (!operation.summary?.trim()) missing.push(`${where}: no summary`);
        const errors = Object.keys(operation.responses ?? {}).filter((status) =>
          /^4(\d\d|xx)$/i.test(status),
        );
        if (errors.length === 0) missing.push(`${where}: no 4xx response`);
        for (const status of errors) {
          const answer = operation.responses?.[status] as ErrorAnswer | undefined;
          if (!answer?.content?.['application/json']?.example)
            missing.push(`${where}: no example of its ${status} answer`);
        }
      }
    }
    expect(operations).toBeGreaterThan(50);
    expect(missing).toEqual([]);
    const entitlements = reply.body.paths['/api/v1/users/{userId}/entitlements'].get.responses['200'];
    expect(entitlements.content['application/json'].example.plus.source).toBe('organization');
  });

  it('documents each route of issue 16 (invitations, link limit and approval, insights, context) with its query and error shape', async () => {
    const { paths } = (await new Client(server.url).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, Operation & { parameters?: { name: string; in: string }[] }>>;
    };
    const org = '/api/v1/organizations/{orgId}';
    const invite = '/api/v1/invites/{orgId}/{token}';
    const routes: [string, string][] = [
      ['get', `${org}/invitations`],
      ['get', `${org}/invitations.csv`],
      ['post', `${org}/invitations/preview`],
      ['post', `${org}/invitations`],
      ['post', `${org}/invitations/resend`],
      ['delete', `${org}/invitations/{invitationId}`],
      ['patch', `${org}/invite-link`],
      ['post', `${org}/invite-link/regenerate`],
      ['get', `${org}/invite-link/insights`],
      ['get', `${org}/seat-requests`],
      ['post', `${org}/seat-requests/{requestId}/admit`],
      ['post', `${org}/seat-requests/{requestId}/decline`],
      ['post', `${invite}/seat-request`],
      ['delete', `${invite}/seat-request`],
      ['get', invite],
      ['post', `${invite}/join`],
      ['patch', org],
      ['post', '/api/auth/sign-in/social'],
    ];
    for (const [method, path] of routes) {
      const operation = paths[path]?.[method];
      expect(operation, `${method.toUpperCase()} ${path}`).toBeDefined();
      const errors = Object.keys(operation?.responses ?? {}).filter((s) => /^4/.test(s));
      expect(errors.length, `${method.toUpperCase()} ${path} 4xx`).toBeGreaterThan(0);
    }
    // The list's paging is in the document, as the members' and audit log's is.
    const query = (paths[`${org}/invitations`]?.get?.parameters ?? []).filter((p) => p.in === 'query');
    expect(query.map((p) => p.name).sort()).toEqual(['cursor', 'limit']);
    const answer = paths[`${org}/invitations`]?.get?.responses?.['200'] as {
      content: { 'application/json': { schema: { properties: Record<string, unknown> } } };
    };
    expect(Object.keys(answer.content['application/json'].schema.properties).sort()).toEqual([
      'invitations',
      'needsNewLink',
      'nextCursor',
      'total',
    ]);
  });

  it('keeps the document at /api/docs for clients that do not ask for a page', async () => {
    const json = await new Client(server.url).get('/api/docs');
    expect(json.status).toBe(200);
    expect(json.body.openapi).toMatch(/^3\./);
    const page = await new Client(server.url).get('/api/docs/', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('/api/openapi.json');
    // Its script is served from here, not a CDN.
    expect(page.text).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)/);
    const script = await new Client(server.url).get('/api/docs/js/scalar.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });
});
