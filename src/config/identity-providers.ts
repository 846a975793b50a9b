import { identityProviderEnvSchema } from '../contracts/env.ts';

/** Named presets: the provider's id is the preset, its endpoints are better-auth's own. */
const presets = { google: 'Google', github: 'GitHub' } as const;
export type IdentityProviderPreset = keyof typeof presets;

/** A provider offered as "Continue with {name}". */
export type IdentityProvider = {
  /** In the callback URL (/api/auth/callback/{id}) and in every linked account's row. */
  id: string;
  name: string;
  clientId: string;
  clientSecret: string;
} & ({ kind: 'oidc'; issuer: string } | { kind: IdentityProviderPreset });

// Ids better-auth already gives a meaning: a provider named so would take over password accounts.
const RESERVED = new Set(['credential', 'email', 'email-password']);

/** IDP_ACME_CORP_ISSUER for the provider acme-corp. */
export const variableFor = (id: string, key: string) => `IDP_${id.toUpperCase().replaceAll('-', '_')}_${key}`;

/**
 * Reads IDENTITY_PROVIDERS (already checked as a list of ids) and each provider's
 * IDP_<ID>_* variables. Returns the providers, or the one line that names what is wrong.
 */
export function identityProvidersFrom(
  list: string | undefined,
  source: NodeJS.ProcessEnv,
  production: boolean,
): IdentityProvider[] | { error: string } {
  const ids = (list ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const providers: IdentityProvider[] = [];
  for (const id of ids) {
    if (RESERVED.has(id)) return { error: `IDENTITY_PROVIDERS must not name ${id}: better-auth reserves it` };
    if (providers.some((p) => p.id === id)) return { error: `IDENTITY_PROVIDERS names ${id} twice` };
    const keys = ['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET', 'NAME'] as const;
    const parsed = identityProviderEnvSchema.safeParse(
      Object.fromEntries(keys.map((key) => [key, source[variableFor(id, key)]])),
    );
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return {
        error: `${variableFor(id, String(issue.path[0]))} ${issue.message} (for ${id} in IDENTITY_PROVIDERS)`,
      };
    }
    const { ISSUER: issuer, CLIENT_ID: clientId, CLIENT_SECRET: clientSecret, NAME: name } = parsed.data;
    const preset = id in presets ? (id as IdentityProviderPreset) : null;
    const base = { id, clientId, clientSecret, name: name ?? (preset ? presets[preset] : id) };
    if (preset) {
      if (issuer) {
        return {
          error: `${variableFor(id, 'ISSUER')} must not be set: ${id} is a preset with its own endpoints (give your own provider another id)`,
        };
      }
      providers.push({ ...base, kind: preset });
      continue;
    }
    if (!issuer)
      return { error: `${variableFor(id, 'ISSUER')} is required (for ${id} in IDENTITY_PROVIDERS)` };
    // OIDC requires an https issuer; plain http is for a provider on this machine in development.
    if (production && new URL(issuer).protocol !== 'https:') {
      return { error: `${variableFor(id, 'ISSUER')} must be an https URL when NODE_ENV=production` };
    }
    providers.push({ ...base, kind: 'oidc', issuer });
  }
  return providers;
}
