import { customType } from 'drizzle-orm/pg-core';

// drizzle 0.45 has no bytea column type; both drivers hand bytea to us as a Buffer-like.
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});
