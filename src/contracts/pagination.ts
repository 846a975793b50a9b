import { z } from 'zod';

/** `?limit&cursor` of every keyset-paginated list, with the same messages everywhere. */
export function pageQuery(defaultLimit: number) {
  return z.object({
    limit: z.coerce
      .number()
      .int('limit must be a whole number')
      .min(1, 'limit must be at least 1')
      .max(100, 'limit must be at most 100')
      .default(defaultLimit),
    cursor: z.string().max(200, 'cursor is not one this server issued').optional(),
  });
}
