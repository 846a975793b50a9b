import { z } from 'zod';

const count = z.int().nonnegative();

/** The people a link version turned away, by reason: distinct people per reason. */
export const turnedAwaySchema = z.object({
  noSeats: count,
  emailDomain: count.meta({ description: 'Their address is not at one of the allowed domains' }),
  emailNotVerified: count,
  limitReached: count.meta({ description: 'The link had reached its maximum number of joins' }),
  paused: count,
  expired: count,
  reset: count.meta({ description: "They came with this version's token after the link was reset" }),
});
export type TurnedAway = z.infer<typeof turnedAwaySchema>;
export const turnedAwayReasons = Object.keys(turnedAwaySchema.shape) as Array<keyof TurnedAway>;

export const linkInsightsDaySchema = z.object({
  day: z.iso.date(),
  opened: count.meta({ description: 'Signed-in people who opened the link that day' }),
  openedSignedOut: count,
  signedUp: count,
  joined: count,
  turnedAway: count.meta({ description: 'People turned away that day, all reasons together' }),
});

export const linkVersionInsightsSchema = z.object({
  version: z.int().positive(),
  current: z.boolean(),
  /** When this version began (the reset that made it); null for the first, or before records. */
  startedAt: z.iso.datetime().nullable(),
  opened: z.object({
    people: count.meta({ description: 'Distinct signed-in people who opened this version' }),
    signedOut: count.meta({
      description: 'Opens while signed out: once per address per day per server, addresses never stored',
    }),
  }),
  signedUp: count.meta({ description: 'People who created their account from this link' }),
  joined: count.meta({ description: 'Distinct people who joined through this version' }),
  turnedAway: turnedAwaySchema,
  /** Days with any activity, oldest first, at most the last 90. */
  days: z.array(linkInsightsDaySchema),
});
export type LinkVersionInsights = z.infer<typeof linkVersionInsightsSchema>;

export const linkInsightsSchema = z
  .object({
    currentVersion: z.int().positive(),
    /** The current version first, then earlier ones with any activity (at most ten in all). */
    versions: z.array(linkVersionInsightsSchema),
  })
  .meta({
    examples: [
      {
        currentVersion: 2,
        versions: [
          {
            version: 2,
            current: true,
            startedAt: '2026-11-30T09:12:00.000Z',
            opened: { people: 14, signedOut: 20 },
            signedUp: 6,
            joined: 11,
            turnedAway: {
              noSeats: 2,
              emailDomain: 1,
              emailNotVerified: 0,
              limitReached: 0,
              paused: 0,
              expired: 0,
              reset: 0,
            },
            days: [
              { day: '2026-11-30', opened: 9, openedSignedOut: 12, signedUp: 4, joined: 7, turnedAway: 1 },
              { day: '2026-12-01', opened: 5, openedSignedOut: 8, signedUp: 2, joined: 4, turnedAway: 2 },
            ],
          },
        ],
      },
    ],
  });
export type LinkInsights = z.infer<typeof linkInsightsSchema>;
