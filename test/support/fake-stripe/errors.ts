/** The body Stripe puts under `error` in every failed API response. */
export type StripeErrorBody = {
  type: string;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
};

/** Thrown by request handlers; the HTTP layer turns it into Stripe's error response. */
export class FakeStripeError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

const docUrl = (code: string) => `https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}`;

/**
 * `No such subscription: 'sub_x'`. Stripe answers 404 for an id in the URL and 400 for an id
 * passed as a parameter (a price in line_items, a customer in the body).
 */
export function resourceMissing(kind: string, id: string, param: string, status: 400 | 404): FakeStripeError {
  return new FakeStripeError(status, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${kind}: '${id}'`,
    param,
    doc_url: docUrl('resource_missing'),
  });
}

export function invalidRequest(message: string, param?: string, code?: string): FakeStripeError {
  return new FakeStripeError(400, {
    type: 'invalid_request_error',
    message,
    ...(code ? { code, doc_url: docUrl(code) } : {}),
    ...(param ? { param } : {}),
  });
}

/** A real Stripe parameter whose behaviour the fake does not model: fail loudly, never ignore it. */
export function notModelled(param: string): FakeStripeError {
  return invalidRequest(
    `The fake Stripe (test/support/fake-stripe) does not model the parameter ${param}; teach it before relying on it.`,
    param,
  );
}

export function cardDeclined(): FakeStripeError {
  return new FakeStripeError(402, {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'generic_decline',
    message: 'Your card was declined.',
    doc_url: docUrl('card_declined'),
  });
}
