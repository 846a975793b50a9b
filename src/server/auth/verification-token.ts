import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const claimsSchema = z.object({
  email: z.string(),
  /** An address change: the new address, and which step of the change this link is. */
  updateTo: z.string().optional(),
  requestType: z.string().optional(),
  userId: z.string().optional(),
  exp: z.number(),
});
export type VerificationClaims = z.infer<typeof claimsSchema>;

/**
 * The claims of a verification link's token: better-auth signs them as an HS256 JWT with
 * SECRET. We read them to tell a used or expired link from a forged one and to say which
 * address it is about; better-auth still makes every change. Null unless the signature
 * holds; the expiry is for the caller to judge.
 */
export function readVerificationToken(secret: string, token: string): VerificationClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header = '', payload = '', signature = ''] = parts;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const alg = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).alg;
    if (alg !== 'HS256') return null;
    return claimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return null;
  }
}

/** The second step of better-auth's address change: the link sent to the new address. */
export const isAddressChange = (claims: VerificationClaims | null) =>
  claims?.requestType === 'change-email-verification' && claims.updateTo !== undefined;
