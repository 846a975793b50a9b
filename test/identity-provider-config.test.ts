import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.ts';

const base = { SECRET: 'x'.repeat(32), DATA_DIR: '/tmp' };
const acme = {
  IDP_ACME_CORP_ISSUER: 'https://login.acme.example/realms/staff',
  IDP_ACME_CORP_CLIENT_ID: 'roster',
  IDP_ACME_CORP_CLIENT_SECRET: 's3cret',
};

describe('identity providers from the environment', () => {
  it('reads presets and OIDC providers in the order IDENTITY_PROVIDERS lists them', () => {
    const { identityProviders } = loadConfig({
      ...base,
      ...acme,
      IDENTITY_PROVIDERS: 'acme-corp, google,github',
      IDP_ACME_CORP_NAME: 'Acme staff login',
      IDP_GOOGLE_CLIENT_ID: 'g-id',
      IDP_GOOGLE_CLIENT_SECRET: 'g-secret',
      IDP_GITHUB_CLIENT_ID: 'gh-id',
      IDP_GITHUB_CLIENT_SECRET: 'gh-secret',
    });
    expect(identityProviders).toEqual([
      {
        id: 'acme-corp',
        kind: 'oidc',
        name: 'Acme staff login',
        issuer: 'https://login.acme.example/realms/staff',
        clientId: 'roster',
        clientSecret: 's3cret',
      },
      { id: 'google', kind: 'google', name: 'Google', clientId: 'g-id', clientSecret: 'g-secret' },
      { id: 'github', kind: 'github', name: 'GitHub', clientId: 'gh-id', clientSecret: 'gh-secret' },
    ]);
    // None configured: no buttons, nothing else changes.
    expect(loadConfig(base).identityProviders).toEqual([]);
  });

  it('stops at start-up with one line naming the variable at fault', () => {
    const cases: [Record<string, string>, string][] = [
      [{ IDENTITY_PROVIDERS: 'Acme' }, 'IDENTITY_PROVIDERS must be a comma-separated list of provider ids'],
      [{ IDENTITY_PROVIDERS: 'acme-corp,acme-corp', ...acme }, 'IDENTITY_PROVIDERS names acme-corp twice'],
      [{ IDENTITY_PROVIDERS: 'credential' }, 'IDENTITY_PROVIDERS must not name credential'],
      [
        { IDENTITY_PROVIDERS: 'acme-corp', ...acme, IDP_ACME_CORP_ISSUER: '' },
        'IDP_ACME_CORP_ISSUER is required (for acme-corp in IDENTITY_PROVIDERS)',
      ],
      [
        { IDENTITY_PROVIDERS: 'acme-corp', ...acme, IDP_ACME_CORP_ISSUER: 'login.acme.example' },
        'IDP_ACME_CORP_ISSUER must be the issuer URL',
      ],
      [
        { IDENTITY_PROVIDERS: 'acme-corp', ...acme, IDP_ACME_CORP_CLIENT_ID: '' },
        'IDP_ACME_CORP_CLIENT_ID is required (for acme-corp in IDENTITY_PROVIDERS)',
      ],
      [
        { IDENTITY_PROVIDERS: 'google', IDP_GOOGLE_CLIENT_ID: 'g-id' },
        'IDP_GOOGLE_CLIENT_SECRET is required (for google in IDENTITY_PROVIDERS)',
      ],
      [
        {
          IDENTITY_PROVIDERS: 'google',
          IDP_GOOGLE_CLIENT_ID: 'g',
          IDP_GOOGLE_CLIENT_SECRET: 's',
          IDP_GOOGLE_ISSUER: 'https://accounts.google.com',
        },
        'IDP_GOOGLE_ISSUER must not be set: google is a preset',
      ],
      [
        {
          IDENTITY_PROVIDERS: 'acme-corp',
          ...acme,
          IDP_ACME_CORP_ISSUER: 'http://login.acme.example',
          NODE_ENV: 'production',
          BASE_URL: 'https://roster.example.com',
          SMTP_URL: 'none',
        },
        'IDP_ACME_CORP_ISSUER must be an https URL when NODE_ENV=production',
      ],
    ];
    for (const [env, message] of cases) {
      expect(() => loadConfig({ ...base, ...env }), JSON.stringify(env)).toThrow(
        `Invalid configuration: ${message}`,
      );
    }
  });
});
