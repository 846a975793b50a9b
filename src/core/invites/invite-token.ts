import { createHmac, timingSafeEqual } from 'node:crypto';

/** 128 bits: unguessable, and short enough to read aloud from a QR code's caption. */
const TOKEN_BYTES = 16;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A key for invite links only, derived so the raw SECRET never signs two kinds of thing. */
export function deriveInviteKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('roster:invite-link:v1').digest();
}

/** The token is recomputed, never stored: HMAC(key, orgId, version). */
export function inviteToken(key: Buffer, organizationId: string, version: number): string {
  return createHmac('sha256', key)
    .update(`${organizationId}:${version}`)
    .digest()
    .subarray(0, TOKEN_BYTES)
    .toString('base64url');
}

/** Constant-time comparison; always does the same work whatever the input looks like. */
export function tokenMatches(
  key: Buffer,
  organizationId: string,
  version: number,
  candidate: string,
): boolean {
  const expected = expectedToken(key, organizationId, version);
  const given = TOKEN_PATTERN.test(candidate)
    ? Buffer.from(candidate, 'base64url')
    : Buffer.alloc(TOKEN_BYTES);
  return timingSafeEqual(expected, given) && TOKEN_PATTERN.test(candidate);
}

// The last tokens compared, per key: every preview recomputed the same HMAC for the same
// link (a few per cent of a preview's CPU). Bounded; emptied when full.
const recent = new WeakMap<Buffer, Map<string, Buffer>>();
const MAX_RECENT = 10_000;

function expectedToken(key: Buffer, organizationId: string, version: number): Buffer {
  let tokens = recent.get(key);
  if (!tokens) {
    tokens = new Map();
    recent.set(key, tokens);
  }
  const id = `${organizationId}:${version}`;
  let token = tokens.get(id);
  if (!token) {
    if (tokens.size >= MAX_RECENT) tokens.clear();
    token = Buffer.from(inviteToken(key, organizationId, version), 'base64url');
    tokens.set(id, token);
  }
  return token;
}

/** How many link versions a join tries to match a token against before it reads the link. */
const VERSIONS_TRIED = 8;

/**
 * The version of the organization's link a token was made for, if it is one of the first
 * few (most links are never reset more than a handful of times), without reading the link:
 * a join can then check its link under lock in its one statement (decision 0034). Undefined
 * means only the stored link can tell; it never means the token is bad.
 */
export function versionOfToken(key: Buffer, organizationId: string, candidate: string): number | undefined {
  if (!TOKEN_PATTERN.test(candidate)) return undefined;
  const given = Buffer.from(candidate, 'base64url');
  for (let version = 1; version <= VERSIONS_TRIED; version++) {
    if (timingSafeEqual(expectedToken(key, organizationId, version), given)) return version;
  }
  return undefined;
}
