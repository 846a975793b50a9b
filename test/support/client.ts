import { randomBytes } from 'node:crypto';

export type Reply<T = unknown> = { status: number; body: T; headers: Headers; text: string };

/**
 * A browser-like HTTP client: keeps cookies and sends this site's Origin on writes, as
 * a page of the web app would. `origin: null` leaves the header out.
 */
export class Client {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly options: { origin?: string | null; headers?: Record<string, string> } = {},
  ) {}

  /** The Cookie header this client sends, for tests that speak raw HTTP (SSE, hostile input). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const origin = this.options.origin === undefined ? this.baseUrl : this.options.origin;
    const all: Record<string, string> = { ...this.options.headers, ...headers };
    if (origin && method !== 'GET') all.origin = origin;
    if (body !== undefined) all['content-type'] ??= 'application/json';
    if (this.cookies.size > 0) all.cookie = this.cookieHeader();
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: all,
      body:
        body === undefined || typeof body === 'string'
          ? body
          : body instanceof Uint8Array
            ? new Blob([new Uint8Array(body)])
            : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers, text } satisfies Reply<T>;
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }
  delete<T = any>(path: string, body?: unknown) {
    return this.request<T>('DELETE', path, body);
  }
}

export type SignedInUser = { client: Client; id: string; email: string; name: string };

/** Signs a new person up through better-auth's real endpoint; unique e-mail per call. */
export async function signUp(
  baseUrl: string,
  options: { name?: string; email?: string; password?: string } = {},
): Promise<SignedInUser> {
  const client = new Client(baseUrl);
  const tag = randomBytes(5).toString('hex');
  const name = options.name ?? `Person ${tag}`;
  const email = options.email ?? `person-${tag}@example.com`;
  const reply = await client.post('/api/auth/sign-up/email', {
    name,
    email,
    password: options.password ?? 'correct horse battery',
  });
  if (reply.status !== 200) throw new Error(`sign-up failed: ${reply.status} ${reply.text}`);
  return { client, id: reply.body.user.id, email, name };
}

/** Signs up many people, a few at a time (password hashing is the slow part). */
export async function signUpMany(baseUrl: string, count: number, batch = 16): Promise<SignedInUser[]> {
  const users: SignedInUser[] = [];
  for (let i = 0; i < count; i += batch) {
    const size = Math.min(batch, count - i);
    users.push(...(await Promise.all(Array.from({ length: size }, () => signUp(baseUrl)))));
  }
  return users;
}

/** The API-key client the operator's product would use. */
export function operator(baseUrl: string, apiKey: string): Client {
  return new Client(baseUrl, { origin: null, headers: { authorization: `Bearer ${apiKey}` } });
}
