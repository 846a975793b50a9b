const INVITE_PATH = /^(\/(?:api\/v1\/invites|join)\/[^/?]+\/)[^/?]+/;

/** Replaces the secret part of an invite URL so logs never hold a working link. */
export function redactUrl(url: string): string {
  return url.replace(INVITE_PATH, '$1[token]');
}
