import { z } from 'zod';

/** What the sign-in and invite pages need to offer "Continue with {name}". */
export const identityProviderListSchema = z.object({
  providers: z.array(
    z.object({
      id: z.string().meta({ description: 'Pass as `provider` to POST /api/auth/sign-in/social' }),
      name: z.string().meta({ description: 'Shown as "Continue with {name}"' }),
    }),
  ),
});
export type IdentityProviderList = z.infer<typeof identityProviderListSchema>;

// Only our own pages: a path, never another site (no open redirect through the provider).
const ownPath = z
  .string()
  .max(2_000)
  .regex(/^\/(?![/\\])/, 'must be a path on this site, such as /join/…');

/**
 * The part of better-auth's social sign-in that Roster offers: anything else it accepts
 * (an ID token obtained elsewhere, extra authorization parameters) is left out on purpose.
 */
export const socialSignInBodySchema = z.object({
  provider: z.string().min(1).max(32),
  callbackURL: ownPath.optional().meta({ description: 'Where the person lands once signed in' }),
  errorCallbackURL: ownPath
    .optional()
    .meta({ description: 'Where a refused sign-in lands, with ?error={code} added' }),
  // The web app sends an invite with ?from=sign-up here, so the link's insights count an
  // account created through a provider as they count one made with a password (decision 0035).
  newUserCallbackURL: ownPath.optional().meta({
    description: 'Where the person lands instead of callbackURL when the sign-in created their account',
  }),
});

export const socialSignInAnswerSchema = z.object({
  url: z.url().meta({ description: "The provider's sign-in page: open it in the browser" }),
  redirect: z.boolean(),
});

/** What a provider sends back (RFC 6749 §4.1.2, and `iss` from RFC 9207). */
export const providerCallbackQuerySchema = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});
