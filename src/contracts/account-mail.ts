import { z } from 'zod';

/**
 * Mail about the account itself, not about an organization: links that verify an address
 * or set a password, and notices that the address or password changed. They go through
 * the same outbox, worker and retries as notification mail (decision 0018), and no
 * preference turns them off.
 */
export const accountMailTemplates = [
  'verify_email',
  'confirm_new_email',
  'reset_password',
  'email_changed',
  'password_changed',
] as const;
export type AccountMailTemplate = (typeof accountMailTemplates)[number];

/** An outbox row of kind `email` carrying account mail (notification mail has no `kind`). */
export const accountEmailPayloadSchema = z.object({
  kind: z.literal('account'),
  template: z.enum(accountMailTemplates),
  to: z.string(),
  recipientName: z.string(),
  /** The link the mail carries, sealed with a key from SECRET: a reader of the outbox cannot use it. */
  sealedLink: z.string().nullable(),
  /** The other address of an address change (the new one, in the notice to the old). */
  otherAddress: z.string().optional(),
});
export type AccountEmailPayload = z.infer<typeof accountEmailPayloadSchema>;
