import { newId } from './ids.ts';
import type {
  FakeCheckoutSession,
  FakeCustomer,
  FakeEvent,
  FakeInvoice,
  FakeObject,
  FakePortalSession,
  FakePrice,
  FakeSubscription,
  Metadata,
} from './objects.ts';

export const apiVersion = '2026-10-28.endive';

export type PriceOptions = {
  priceId: string;
  unitAmount: number;
  currency: string;
  interval: 'month' | 'year';
  productName: string;
};

/** What Checkout keeps beside the session object: the line and the subscription's metadata. */
export type SessionRecord = {
  session: FakeCheckoutSession;
  priceId: string;
  quantity: number;
  subscriptionMetadata: Metadata;
};

/** Which API request caused an event (Stripe fills `event.request`); null for dashboard and clock. */
export type Cause = { requestId: string; idempotencyKey: string | null } | null;

export type EventRecord = { event: FakeEvent; delivered: boolean; responses: number[] };

/** The whole state of one fake Stripe account, kept in memory. */
export type Account = ReturnType<typeof createAccount>;

export function createAccount(options: PriceOptions, onEvent: (record: EventRecord) => void) {
  let clockOffset = 0;
  const now = () => Math.floor(Date.now() / 1000) + clockOffset;
  const price = createPrice(options, now());
  const account = {
    productName: options.productName,
    price,
    prices: new Map<string, FakePrice>([[price.id, price]]),
    customers: new Map<string, FakeCustomer>(),
    sessions: new Map<string, SessionRecord>(),
    subscriptions: new Map<string, FakeSubscription>(),
    invoices: new Map<string, FakeInvoice>(),
    portalSessions: new Map<string, FakePortalSession>(),
    /** The account's default portal configuration, which every portal session names. */
    portalConfiguration: newId('bpc_'),
    events: [] as EventRecord[],
    declining: false,
    /** Seconds since the epoch on the account's clock: real time moved by `advance`. */
    now,
    advance(seconds: number) {
      clockOffset += seconds;
    },
    /** Records an event with a snapshot of `object` as it is now. */
    emit(
      type: FakeEvent['type'],
      object: FakeObject,
      cause: Cause,
      previousAttributes?: Record<string, unknown>,
    ): FakeEvent {
      const event: FakeEvent = {
        id: newId('evt_'),
        object: 'event',
        api_version: apiVersion,
        created: now(),
        data: {
          object: snapshot(object),
          ...(previousAttributes ? { previous_attributes: snapshot(previousAttributes) } : {}),
        },
        livemode: false,
        pending_webhooks: 1,
        request: { id: cause?.requestId ?? null, idempotency_key: cause?.idempotencyKey ?? null },
        type,
      };
      const record = { event, delivered: false, responses: [] };
      account.events.push(record);
      onEvent(record);
      return event;
    },
  };
  return account;
}

/** A deep copy, so later changes to the account never reach an event or a response already made. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}

function createPrice(options: PriceOptions, created: number): FakePrice {
  return {
    id: options.priceId,
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created,
    currency: options.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: options.productName,
    product: newId('prod_', 14),
    recurring: {
      interval: options.interval,
      interval_count: 1,
      meter: null,
      trial_period_days: null,
      usage_type: 'licensed',
    },
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'recurring',
    unit_amount: options.unitAmount,
    unit_amount_decimal: String(options.unitAmount),
  };
}

/** Stripe bills calendar months: Jan 31 + 1 month is the last day of February. */
export function addInterval(timestamp: number, interval: string): number {
  const date = new Date(timestamp * 1000);
  if (interval === 'day' || interval === 'week') {
    return timestamp + (interval === 'day' ? 1 : 7) * 86_400;
  }
  if (interval !== 'month' && interval !== 'year') throw new Error(`fake-stripe: no interval ${interval}`);
  const months = interval === 'month' ? 1 : 12;
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return Math.floor(date.getTime() / 1000);
}
