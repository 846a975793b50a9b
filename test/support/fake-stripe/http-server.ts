import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type Account, apiVersion, type SessionRecord } from './account.ts';
import { FakeRouteMissing, handleApiRequest } from './api-routes.ts';
import { FakeStripeError, type StripeErrorBody } from './errors.ts';
import { decodeForm, type FormObject } from './form.ts';
import { newId } from './ids.ts';
import { checkoutPage, messagePage, portalPage, successUrl } from './pages.ts';

export type LoggedRequest = {
  method: string;
  path: string;
  /** The decoded form body, or for GET and DELETE the decoded query string. */
  body: FormObject;
  idempotencyKey?: string;
  requestId: string;
  /** The status answered; undefined while the request is in flight. */
  status?: number;
};

export type FailRule = {
  method: string;
  pathPrefix: string;
  status: number;
  error: StripeErrorBody;
  remaining: number;
};

type Saved = { fingerprint: string; status: number; body: string; requestId: string };

export type ServerDeps = {
  account: Account;
  secretKey: string;
  baseUrl: () => string;
  requests: LoggedRequest[];
  failRules: FailRule[];
  /** Pays a session and waits for its webhooks, as the dashboard control does. */
  completeCheckout: (sessionId: string) => Promise<unknown>;
  /** Sends the webhooks the request caused; called once the response is written. */
  flushWebhooks: () => Promise<void>;
};

export function createFakeStripeServer(deps: ServerDeps): Server {
  const saved = new Map<string, Saved>();
  return createServer((request, response) => {
    readBody(request)
      .then((raw) => route(deps, saved, request, response, raw))
      .catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
        response.end(`fake-stripe crashed: ${error instanceof Error ? error.stack : String(error)}`);
      });
  });
}

async function route(
  deps: ServerDeps,
  saved: Map<string, Saved>,
  request: IncomingMessage,
  response: ServerResponse,
  raw: string,
) {
  const url = new URL(request.url ?? '/', 'http://fake-stripe');
  const method = request.method ?? 'GET';
  const [, section, id] = url.pathname.split('/');
  if (section === 'pay' && id) return payPage(deps, method, decodeURIComponent(id), response);
  if (section === 'portal' && id && method === 'GET') {
    const portal = deps.account.portalSessions.get(decodeURIComponent(id));
    return html(
      response,
      portal ? 200 : 404,
      portal ? portalPage(portal) : messagePage('Not found', 'No such portal session.'),
    );
  }
  if (section === 'invoice' && id && method === 'GET') {
    const invoice = deps.account.invoices.get(decodeURIComponent(id));
    const text = invoice ? `Invoice ${invoice.number ?? invoice.id}: ${invoice.status}` : 'No such invoice.';
    return html(response, invoice ? 200 : 404, messagePage('Invoice (test)', text));
  }
  if (section !== 'v1')
    return html(response, 404, messagePage('Not found', 'fake-stripe serves /v1, /pay and /portal.'));
  api(deps, saved, request, response, method, url, raw);
}

function api(
  deps: ServerDeps,
  saved: Map<string, Saved>,
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  url: URL,
  raw: string,
) {
  const requestId = newId('req_', 14);
  const idempotencyKey = method === 'POST' ? header(request, 'idempotency-key') : undefined;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, no-store',
    'Request-Id': requestId,
    'Stripe-Version': header(request, 'stripe-version') ?? apiVersion,
    ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
  };
  const logged: LoggedRequest = { method, path: url.pathname, body: {}, requestId };
  if (idempotencyKey) logged.idempotencyKey = idempotencyKey;
  deps.requests.push(logged);
  const send = (status: number, body: string, extra: Record<string, string> = {}) => {
    logged.status = status;
    response.writeHead(status, { ...headers, ...extra }).end(body);
  };
  const fail = (status: number, error: StripeErrorBody, extra?: Record<string, string>) =>
    send(status, json({ error: { ...error, request_log_url: logUrl(requestId) } }), extra);

  const apiKey = bearerKey(request);
  if (apiKey === undefined)
    return fail(401, { type: 'invalid_request_error', message: noKeyMessage }, authHeader);
  if (apiKey !== deps.secretKey) {
    return fail(
      401,
      { type: 'invalid_request_error', message: `Invalid API Key provided: ${mask(apiKey)}` },
      authHeader,
    );
  }
  let params: FormObject;
  try {
    const contentType = header(request, 'content-type') ?? '';
    if (method === 'POST' && raw !== '' && !contentType.startsWith('application/x-www-form-urlencoded')) {
      throw new FakeStripeError(400, {
        type: 'invalid_request_error',
        message: `Invalid request: unsupported Content-Type ${contentType}. Stripe's v1 API takes application/x-www-form-urlencoded.`,
      });
    }
    params = decodeForm(method === 'POST' ? raw : url.search.slice(1));
  } catch (error) {
    if (error instanceof FakeStripeError) return fail(error.status, error.body);
    throw error;
  }
  logged.body = params;

  // A scripted failure stands for an outage before Stripe ran the request: nothing is saved
  // under the idempotency key, so a retry with the same key runs for real.
  const rule = deps.failRules.find(
    (candidate) =>
      candidate.remaining > 0 &&
      candidate.method.toUpperCase() === method &&
      url.pathname.startsWith(candidate.pathPrefix),
  );
  if (rule) {
    rule.remaining -= 1;
    return fail(rule.status, rule.error);
  }

  const savedKey = idempotencyKey ? `${apiKey}\n${idempotencyKey}` : undefined;
  const fingerprint = `${method} ${url.pathname} ${JSON.stringify(params)}`;
  const previous = savedKey ? saved.get(savedKey) : undefined;
  if (previous) {
    if (previous.fingerprint !== fingerprint) {
      return fail(400, {
        type: 'idempotency_error',
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
      });
    }
    return send(previous.status, previous.body, {
      'Idempotent-Replayed': 'true',
      'Original-Request': previous.requestId,
    });
  }

  let status = 200;
  let body: string;
  try {
    const cause = { requestId, idempotencyKey: idempotencyKey ?? null };
    body = json(
      handleApiRequest(method, url.pathname, {
        account: deps.account,
        params,
        cause,
        baseUrl: deps.baseUrl(),
      }),
    );
  } catch (error) {
    if (error instanceof FakeRouteMissing)
      return fail(404, { type: 'invalid_request_error', message: error.message });
    if (!(error instanceof FakeStripeError)) throw error;
    status = error.status;
    body = json({ error: { ...error.body, request_log_url: logUrl(requestId) } });
  }
  if (savedKey) saved.set(savedKey, { fingerprint, status, body, requestId });
  send(status, body);
  void deps.flushWebhooks();
}

async function payPage(deps: ServerDeps, method: string, sessionId: string, response: ServerResponse) {
  const record: SessionRecord | undefined = deps.account.sessions.get(sessionId);
  if (!record) return html(response, 404, messagePage('Stripe Checkout (test)', 'No such Checkout Session.'));
  if (method === 'GET') return html(response, 200, checkoutPage(record, deps.account.productName));
  if (method !== 'POST')
    return html(response, 405, messagePage('Stripe Checkout (test)', 'Method not allowed.'));
  if (record.session.status === 'expired') {
    return html(response, 410, messagePage('Stripe Checkout (test)', 'This Checkout Session has expired.'));
  }
  await deps.completeCheckout(sessionId);
  response.writeHead(303, { Location: successUrl(record.session.success_url ?? '/', sessionId) }).end();
}

function html(response: ServerResponse, status: number, body: string) {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
}

function json(value: unknown): string {
  // Stripe pretty-prints its JSON; a receiver that re-serializes before verifying would notice.
  return `${JSON.stringify(value, null, 2)}\n`;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Stripe takes the key as a Bearer token or as the Basic-auth user name. */
function bearerKey(request: IncomingMessage): string | undefined {
  const value = header(request, 'authorization')?.trim();
  if (!value) return undefined;
  const bearer = /^Bearer\s+(.+)$/i.exec(value);
  if (bearer) return bearer[1];
  const basic = /^Basic\s+(.+)$/i.exec(value);
  if (basic?.[1]) return Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0] || undefined;
  return undefined;
}

function mask(key: string): string {
  const prefix = /^(sk|rk|pk)_(test|live)_/.exec(key)?.[0] ?? '';
  const rest = key.slice(prefix.length);
  if (rest.length <= 4) return `${prefix}${'*'.repeat(rest.length)}`;
  return `${prefix}${'*'.repeat(rest.length - 4)}${rest.slice(-4)}`;
}

function logUrl(requestId: string): string {
  return `https://dashboard.stripe.com/test/logs/${requestId}`;
}

const authHeader = { 'WWW-Authenticate': 'Basic realm="Stripe"' };
const noKeyMessage =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) request.destroy(new Error('request body over 1 MB'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
