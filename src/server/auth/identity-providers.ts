import type { BetterAuthOptions } from 'better-auth';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import type { IdentityProvider } from '../../config/identity-providers.ts';

/**
 * better-auth's part of "Continue with …" (decision 0018): Google and GitHub through its
 * own providers, every other IdP through its generic OAuth plugin from the issuer's OIDC
 * discovery document. All of them go through the same /sign-in/social and /callback/{id}.
 */
export function identityProviderOptions(providers: IdentityProvider[]) {
  const google = providers.find((p) => p.kind === 'google');
  const github = providers.find((p) => p.kind === 'github');
  const oidc = providers.flatMap((p) => (p.kind === 'oidc' ? [p] : []));
  return {
    socialProviders: {
      ...(google && { google: { clientId: google.clientId, clientSecret: google.clientSecret } }),
      ...(github && { github: { clientId: github.clientId, clientSecret: github.clientSecret } }),
    },
    plugins: oidc.length > 0 ? [genericOAuth({ config: oidc.map(genericConfig) })] : [],
    account: {
      // Roster never calls a provider's API after sign-in; the tokens it keeps are ciphertext.
      encryptOAuthTokens: true,
      // A provider's sign-in joins the existing account of the same address only when the
      // provider says it verified the address and Roster has verified it too (better-auth's
      // rules; no provider is "trusted" past them). Otherwise the callback refuses with
      // account_not_linked and writes nothing: a stranger who signed up with someone's
      // address, or an IdP that lets anyone type any address, gets no way in.
      accountLinking: { enabled: true, trustedProviders: [] },
    },
  } satisfies Pick<BetterAuthOptions, 'socialProviders' | 'plugins' | 'account'>;
}

function genericConfig(provider: Extract<IdentityProvider, { kind: 'oidc' }>) {
  return {
    providerId: provider.id,
    name: provider.name,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    discoveryUrl: `${provider.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`,
    scopes: ['openid', 'email', 'profile'],
    // ID tokens are checked against the issuer's keys, issuer and our client id, and bound
    // to this sign-in by a nonce; without usable keys the provider is left out, never
    // downgraded to trusting an unsigned token.
    requireIdTokenVerification: true,
    // OIDC's default client authentication (Core §9); better-auth's own default is post.
    authentication: 'basic' as const,
  };
}
