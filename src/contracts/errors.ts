import { z } from 'zod';

/**
 * Every error Roster can answer with, and its HTTP status. Domain code throws
 * `RosterError` with one of these codes; only the server maps codes to statuses.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  INVALID_CURSOR: 400,
  CONFIRMATION_MISMATCH: 400,
  TOO_MANY_ADDRESSES: 400,
  VERIFICATION_LINK_INVALID: 400,
  RESET_LINK_INVALID: 400,
  WEBHOOK_SIGNATURE_INVALID: 400,
  UNAUTHENTICATED: 401,
  INVALID_API_KEY: 401,
  FORBIDDEN: 403,
  ORIGIN_NOT_ALLOWED: 403,
  EMAIL_DOMAIN_NOT_ALLOWED: 403,
  APPROVAL_REQUIRED: 403,
  EMAIL_NOT_VERIFIED: 403,
  WRONG_PASSWORD: 403,
  NOT_FOUND: 404,
  ORGANIZATION_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  MEMBER_NOT_FOUND: 404,
  SEAT_REQUEST_NOT_FOUND: 404,
  INVITE_INVALID: 404,
  INVITATION_NOT_FOUND: 404,
  CHECKOUT_NOT_FOUND: 404,
  BILLING_NOT_CONFIGURED: 404,
  METHOD_NOT_ALLOWED: 405,
  ALREADY_MEMBER: 409,
  NO_SEATS_AVAILABLE: 409,
  PLUS_FROM_ELSEWHERE: 409,
  OWNER_CANNOT_LEAVE: 409,
  SEATS_BELOW_ASSIGNED: 409,
  SEAT_REQUEST_NOT_NEEDED: 409,
  NOTHING_TO_RESTORE: 409,
  SEAT_REQUEST_DECIDED: 409,
  SEAT_REQUEST_NOT_ADMISSIBLE: 409,
  CHECKOUT_REQUIRED: 409,
  SUBSCRIPTION_REQUIRED: 409,
  SUBSCRIPTION_ACTIVE: 409,
  CHECKOUT_IN_PROGRESS: 409,
  PAYMENT_PAST_DUE: 409,
  EMAIL_TAKEN: 409,
  EMAIL_ALREADY_VERIFIED: 409,
  VERIFICATION_LINK_USED: 409,
  NO_PASSWORD: 409,
  OWNS_ORGANIZATIONS: 409,
  INVITATION_SENT_RECENTLY: 409,
  INVITATION_NOT_PENDING: 409,
  VERIFICATION_LINK_EXPIRED: 410,
  PAYMENT_FAILED: 402,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  BILLING_PROVIDER_ERROR: 502,
  BILLING_PROVIDER_UNAVAILABLE: 503,
  OPERATOR_API_DISABLED: 503,
  DATABASE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorStatus;

export const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

export const errorBodySchema = z
  .object({
    error: z.object({
      // Each code and its HTTP status: errorStatus above.
      code: z.enum(errorCodes),
      message: z.string(),
    }),
  })
  .meta({
    examples: [
      { error: { code: 'NO_SEATS_AVAILABLE', message: 'No seats left — ask an admin to add seats.' } },
    ],
  });

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The one error class: a code from the table above and a sentence a person understands. */
export class RosterError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'RosterError';
    this.code = code;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

/**
 * An error as one line for operators (logs, the outbox's last error, reports): its message
 * and its causes', so a BILLING_PROVIDER_ERROR also says what Stripe answered. A failed
 * query's parameter values (Drizzle writes them after "params: ") are left out.
 */
export function errorDetail(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current !== undefined && parts.length < 5) {
    const message = current instanceof Error ? current.message : String(current);
    parts.push(message.replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]'));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ');
}
