import createClient, { type Client } from 'openapi-fetch';
import { Webhook } from 'standardwebhooks';
import type { components, paths } from './schema.d.ts';

export type { components, paths };

/** Roster's error answer: `{ error: { code, message } }`, with the HTTP status. */
export class RosterApiError extends Error {
  override name = 'RosterApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

function unwrap<T>(answer: Answer<T>): T {
  if (answer.response.ok) return answer.data as T;
  const body = answer.error as { error?: { code?: string; message?: string } } | undefined;
  throw new RosterApiError(
    answer.response.status,
    body?.error?.code ?? 'UNKNOWN',
    body?.error?.message ?? answer.response.statusText,
  );
}

export type RosterClientOptions = {
  /** Where Roster answers, such as https://roster.example.com. */
  baseUrl: string;
  /** ROSTER_API_KEY: the operator API (entitlements, personal Plus, webhooks). */
  apiKey?: string;
  /** A signed-in owner's or admin's session token, for the organization routes (members). */
  sessionToken?: string;
  fetch?: typeof fetch;
};

/**
 * A typed client for Roster: `raw` is openapi-fetch over every documented route; the
 * helpers cover what an operator's product needs most and throw RosterApiError on refusals.
 */
export function createRosterClient(options: RosterClientOptions) {
  const headers: Record<string, string> = {};
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  if (options.sessionToken) headers.cookie = `better-auth.session_token=${options.sessionToken}`;
  const raw: Client<paths> = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers,
    ...(options.fetch && { fetch: options.fetch }),
  });
  return {
    raw,
    /** Does this user have Plus, and from where (an organization's seat, or their own)? */
    async entitlements(userId: string) {
      return unwrap(await raw.GET('/api/v1/users/{userId}/entitlements', { params: { path: { userId } } }));
    },
    /** Records (or clears) a personal Plus subscription the operator's product sold. */
    async setPersonalPlus(userId: string, active: boolean) {
      return unwrap(
        await raw.PUT('/api/v1/users/{userId}/plus', { params: { path: { userId } }, body: { active } }),
      );
    },
    /** One page of an organization's members (needs a session of one of its members). */
    async listMembers(orgId: string, query: { limit?: number; cursor?: string; q?: string } = {}) {
      return unwrap(
        await raw.GET('/api/v1/organizations/{orgId}/members', { params: { path: { orgId }, query } }),
      );
    },
    webhooks: {
      /** Registers an endpoint; the answer holds its signing secret, shown this once. */
      async create(body: WebhookCreateBody) {
        return unwrap(await raw.POST('/api/v1/webhooks', { body }));
      },
      async list() {
        return unwrap(await raw.GET('/api/v1/webhooks')).webhooks;
      },
      async remove(webhookId: string) {
        const answer = await raw.DELETE('/api/v1/webhooks/{webhookId}', { params: { path: { webhookId } } });
        if (!answer.response.ok) unwrap(answer);
      },
    },
  };
}

type WebhookCreateBody = NonNullable<
  paths['/api/v1/webhooks']['post']['requestBody']
>['content']['application/json'];

export type RosterClient = ReturnType<typeof createRosterClient>;

/**
 * Checks a delivery's Standard Webhooks signature (webhook-id, webhook-timestamp,
 * webhook-signature) against the endpoint's secret and the raw body, and returns the event.
 * Throws if the signature is wrong or the timestamp is more than five minutes off.
 */
export function verifyWebhook<T = { type: string; data: unknown }>(
  secret: string,
  rawBody: string,
  headers: Record<string, string | string[] | undefined> | Headers,
): T {
  const plain: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries) {
    if (value !== undefined) plain[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return new Webhook(secret).verify(rawBody, plain) as T;
}
