import { z } from 'zod';

export const plusStatusSchema = z.object({
  active: z.boolean(),
  source: z.enum(['personal', 'organization']).nullable(),
  organizationId: z.uuid().nullable(),
});
export type PlusStatus = z.infer<typeof plusStatusSchema>;

export const userIdParams = z.object({ userId: z.string().min(1).max(200) });

export const setPersonalPlusBody = z.object({ active: z.boolean() }).meta({ examples: [{ active: true }] });

export const entitlementsSchema = z.object({ userId: z.string(), plus: plusStatusSchema }).meta({
  examples: [
    {
      userId: 'Xq2m9KtVh3wLr8Yb',
      plus: { active: true, source: 'organization', organizationId: '6f1c2a9e-4b7d-4e0a-9c3f-2d8b5e7a1f04' },
    },
  ],
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    image: z.string().nullable(),
    /** False when the account signs in only through an identity provider. */
    hasPassword: z.boolean(),
  }),
  plus: plusStatusSchema,
});
export type Me = z.infer<typeof meSchema>;
