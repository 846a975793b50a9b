import { expect } from 'vitest';
import type { Client } from './client.ts';

/** A cookie jar for one site, kept the way a browser keeps it (name=value; deletions drop). */
function keep(jar: Map<string, string>, response: Response): void {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = cookie.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const gone = attributes.some(
      (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a),
    );
    if (gone) jar.delete(name);
    else jar.set(name, pair.slice(at + 1));
  }
}

const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** One request without following redirects; the answer's cookies go into `jar`. */
async function step(jar: Map<string, string>, url: URL, init: RequestInit = {}) {
  const response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), cookie: header(jar) },
  });
  keep(jar, response);
  const location = response.headers.get('location');
  return {
    response,
    location: location === null ? null : new URL(location, url),
    text: await response.text(),
  };
}

/**
 * What a browser does between "Continue with …" and the provider's redirect back: asks
 * Roster to start (which sets the state cookie on `client`), opens the provider, fills in
 * its login form, and stops at the redirect to Roster's callback, which it returns unopened
 * so that a test can follow it, or tamper with it first.
 */
export async function signInAtProvider(
  client: Client,
  options: {
    provider: string;
    login: string;
    callbackURL: string;
    errorCallbackURL?: string;
    newUserCallbackURL?: string;
  },
): Promise<URL> {
  const start = await client.post('/api/auth/sign-in/social', {
    provider: options.provider,
    callbackURL: options.callbackURL,
    ...(options.errorCallbackURL && { errorCallbackURL: options.errorCallbackURL }),
    ...(options.newUserCallbackURL && { newUserCallbackURL: options.newUserCallbackURL }),
  });
  expect(start.status, start.text).toBe(200);
  const idp = new Map<string, string>();
  let at = new URL(start.body.url);
  for (let hops = 0; hops < 10; hops++) {
    const { response, location, text } = await step(idp, at);
    if (location && location.origin === new URL(client.baseUrl).origin) return location;
    if (location) {
      at = location;
      continue;
    }
    // The provider's login form: any login it knows, any password.
    expect(response.status, text).toBe(200);
    const action = text.match(/<form[^>]*action="([^"]+)"/)?.[1];
    expect(action, text).toBeDefined();
    const posted = await step(idp, new URL(action!, at), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login: options.login, password: 'any' }).toString(),
    });
    expect(posted.location, posted.text).not.toBeNull();
    at = posted.location!;
  }
  throw new Error('the provider never sent the browser back to Roster');
}

/** Opens Roster's callback as `client`'s browser would; answers where it redirects to. */
export async function openCallback(
  client: Client,
  callback: URL,
): Promise<{ status: number; location: string }> {
  const { response, location } = await step(client.cookies, callback);
  return { status: response.status, location: location ? location.pathname + location.search : '' };
}
