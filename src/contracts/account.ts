import { z } from 'zod';

/**
 * Requests and answers of the account API (/api/v1/me/…, password reset, e-mail
 * verification): one schema each, shared by the server and the web app.
 */
export const newPassword = z
  .string()
  .min(8, 'newPassword must be at least 8 characters')
  .max(128, 'newPassword must be at most 128 characters');
const givenPassword = z.string().min(1, 'password must not be empty').max(128, 'password is too long');
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an e-mail address such as ann@example.com'));

/** A path on Roster's own site to come back to (an invite above all); never another site. */
export const ownPath = z
  .string()
  .max(2_000)
  .refine(
    (path) => path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\'),
    'next must be a path on this site, such as /join/…',
  );

export const personName = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(100, 'name must be at most 100 characters');

export const updateProfileBody = z
  .object({ name: personName.optional(), image: z.null().optional() })
  .strict()
  .refine((b) => b.name !== undefined || b.image !== undefined, 'send a name, or image: null to remove it');

/** An answer that only says what happens next ("check your inbox"). */
export const acceptedSchema = z.object({ message: z.string() });

export const sendVerificationBody = z.object({ next: ownPath.optional() }).strict();

export const verifyEmailBody = z.object({ token: z.string().min(1).max(4_000) }).strict();
export const verifyEmailResultSchema = z.object({
  /** `verified`: the address is verified now; `email_changed`: the new address replaced the old one. */
  outcome: z.enum(['verified', 'email_changed']),
  email: z.string(),
});
export type VerifyEmailResult = z.infer<typeof verifyEmailResultSchema>;

export const changeEmailBody = z
  .object({
    newEmail: emailAddress,
    /** Required when the account has a password (a stolen session alone cannot move the account). */
    password: givenPassword.optional(),
  })
  .strict();

export const changePasswordBody = z
  .object({
    currentPassword: givenPassword,
    newPassword,
    /** End every other session of the account (default): what a changed password is usually for. */
    signOutOtherDevices: z.boolean().default(true),
  })
  .strict();

export const sessionSchema = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  /** When the session was last refreshed (at most once a day), not every request. */
  lastSeenAt: z.iso.datetime(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof sessionSchema>;
export const sessionListSchema = z.object({ sessions: z.array(sessionSchema) });
export const signedOutSchema = z.object({ signedOut: z.int() });

export const deleteAccountBody = z.object({ password: givenPassword.optional() }).strict();

export const passwordResetBody = z.object({ email: emailAddress }).strict();
export const completePasswordResetBody = z
  .object({ token: z.string().min(1).max(200), newPassword })
  .strict();
export const passwordResetDoneSchema = z.object({ email: z.string() });

export const userImageParams = z.object({
  userId: z.string().min(1).max(200),
  hash: z.string().regex(/^[0-9a-f]{16}$/, 'hash must be 16 hex digits'),
});
