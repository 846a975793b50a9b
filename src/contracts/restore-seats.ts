import { z } from 'zod';

/** Who an ended subscription took Plus from and could have it back now (decision 0033). */
export const restorableSeatsSchema = z
  .object({
    members: z.array(z.object({ id: z.string(), name: z.string() })),
    seatsAvailable: z.int(),
  })
  .meta({ examples: [{ members: [{ id: 'u_ann', name: 'Ann Lee' }], seatsAvailable: 4 }] });

export const restoredSeatsSchema = z
  .object({ restored: z.int(), seatsAvailable: z.int() })
  .meta({ examples: [{ restored: 12, seatsAvailable: 3 }] });
