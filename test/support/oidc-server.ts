import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** Someone who can sign in at the test's identity provider; any password is accepted. */
export type IdpPerson = { login: string; email: string; emailVerified: boolean; name: string };

export type OidcServer = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The IDP_<ID>_* and IDENTITY_PROVIDERS variables that point Roster at this server. */
  env(id: string, name: string): Record<string, string>;
  addPerson(person: IdpPerson): IdpPerson;
  close(): Promise<void>;
};

// One RSA key per test process: generating one costs about 50 ms.
let signingKey: ReturnType<typeof exportKey> | undefined;
function exportKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };
}

/**
 * A real OpenID Provider (the certified `oidc-provider` package) on a port of its own, with
 * its own login form (its development interactions: a login and any password). One client,
 * allowed to return to `redirectUri` only. Consent is given in advance, so a sign-in is the
 * login form and nothing else.
 */
export async function startOidcServer(options: { redirectUris: string[] }): Promise<OidcServer> {
  const people = new Map<string, IdpPerson>();
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const clientId = 'roster-test';
  const clientSecret = 'roster-test-secret-0123456789abcdef';
  signingKey ??= exportKey();

  const provider: Provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['oidc-test-cookie-key-0123456789'] },
    // Lifetimes of its own choosing, in seconds (the defaults print a notice each).
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: person.email, email_verified: person.emailVerified, name: person.name }),
      };
    },
    // Consent given in advance: a real IdP in a company usually skips it for its own apps.
    async loadExistingGrant(ctx: KoaContextWithOIDC): Promise<InstanceType<Provider['Grant']> | undefined> {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  http.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    env(id, name) {
      const prefix = `IDP_${id.toUpperCase().replaceAll('-', '_')}`;
      return {
        IDENTITY_PROVIDERS: id,
        [`${prefix}_ISSUER`]: issuer,
        [`${prefix}_CLIENT_ID`]: clientId,
        [`${prefix}_CLIENT_SECRET`]: clientSecret,
        [`${prefix}_NAME`]: name,
      };
    },
    addPerson(person) {
      people.set(person.login, person);
      return person;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
