import { type Account, type Cause, snapshot } from './account.ts';
import { createCheckoutSession, expireCheckout } from './checkout.ts';
import { invalidRequest, resourceMissing } from './errors.ts';
import type { FormObject } from './form.ts';
import { newId } from './ids.ts';
import type { FakeList, FakeObject, FakePortalSession } from './objects.ts';
import { checkParams, optionalString, requiredString, stringList } from './params.ts';
import { previewInvoice } from './preview.ts';
import * as real from './stripe-params.ts';
import { cancelSubscription, findSubscription, listSubscriptions, updateFromApi } from './subscriptions.ts';

export type RouteContext = {
  account: Account;
  params: FormObject;
  id: string;
  cause: Cause;
  baseUrl: string;
};
type Route = {
  method: string;
  pattern: RegExp;
  handle: (context: RouteContext) => FakeObject | FakeList<FakeObject>;
};

const retrieveOnly = (params: FormObject) => checkParams(params, ['expand'], []);

/** The Stripe endpoints Roster calls, and a few neighbours it may reach for. */
const routes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions$/,
    handle: ({ account, params, baseUrl }) => createCheckoutSession(account, params, baseUrl),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)$/,
    handle: ({ account, params, id }) => {
      retrieveOnly(params);
      const record = account.sessions.get(id);
      if (!record) throw resourceMissing('checkout.session', id, 'session', 404);
      return record.session;
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/,
    handle: ({ account, params, id, cause }) => {
      retrieveOnly(params);
      return expireCheckout(account, id, cause);
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/subscriptions$/,
    handle: ({ account, params }) => listSubscriptions(account, params),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/subscriptions\/([^/]+)$/,
    handle: ({ account, params, id }) => {
      retrieveOnly(params);
      return findSubscription(account, id);
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/subscriptions\/([^/]+)$/,
    handle: ({ account, params, id, cause, baseUrl }) =>
      updateFromApi(account, findSubscription(account, id), params, cause, baseUrl),
  },
  {
    method: 'DELETE',
    pattern: /^\/v1\/subscriptions\/([^/]+)$/,
    handle: ({ account, params, id, cause }) => {
      checkParams(params, ['expand'], real.subscriptionCancel);
      const subscription = findSubscription(account, id);
      cancelSubscription(account, subscription, cause);
      return subscription;
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/invoices\/create_preview$/,
    handle: ({ account, params }) => previewInvoice(account, params),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/invoices\/([^/]+)$/,
    handle: ({ account, params, id }) => {
      retrieveOnly(params);
      const invoice = account.invoices.get(id);
      if (!invoice) throw resourceMissing('invoice', id, 'id', 404);
      return invoice;
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/billing_portal\/sessions$/,
    handle: ({ account, params, baseUrl }) => createPortalSession(account, params, baseUrl),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/prices\/([^/]+)$/,
    handle: ({ account, params, id }) => {
      retrieveOnly(params);
      const price = account.prices.get(id);
      if (!price) throw resourceMissing('price', id, 'id', 404);
      return price;
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/customers\/([^/]+)$/,
    handle: ({ account, params, id }) => {
      retrieveOnly(params);
      const customer = account.customers.get(id);
      if (!customer) throw resourceMissing('customer', id, 'id', 404);
      return customer;
    },
  },
];

/** Runs the matching handler and returns the JSON Stripe would send, with `expand` applied. */
export function handleApiRequest(
  method: string,
  path: string,
  context: Omit<RouteContext, 'id'>,
): Record<string, unknown> {
  for (const route of routes) {
    const match = route.method === method ? route.pattern.exec(path) : null;
    if (!match) continue;
    const id = decodeURIComponent(match[1] ?? '');
    const object = route.handle({ ...context, id });
    return expand(context.account, object, stringList(context.params, 'expand'));
  }
  throw new FakeRouteMissing(method, path);
}

export class FakeRouteMissing extends Error {
  constructor(method: string, path: string) {
    super(
      `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    );
  }
}

function expand(
  account: Account,
  object: FakeObject | FakeList<FakeObject>,
  paths: string[],
): Record<string, unknown> {
  const result: Record<string, unknown> = snapshot(object);
  const lookups: Record<string, (id: string) => FakeObject | undefined> = {
    customer: (id) => account.customers.get(id),
    invoice: (id) => account.invoices.get(id),
    latest_invoice: (id) => account.invoices.get(id),
    subscription: (id) => account.subscriptions.get(id),
  };
  for (const path of paths) {
    const lookup = lookups[path];
    if (!lookup || !(path in result))
      throw invalidRequest(`This property cannot be expanded (${path}).`, 'expand');
    const value = result[path];
    if (typeof value === 'string') result[path] = snapshot(lookup(value)) ?? value;
  }
  return result;
}

function createPortalSession(account: Account, params: FormObject, baseUrl: string): FakePortalSession {
  checkParams(params, ['customer', 'expand', 'locale', 'return_url'], real.billingPortalSessionCreate);
  const customer = requiredString(params, 'customer');
  if (!account.customers.has(customer)) throw resourceMissing('customer', customer, 'customer', 400);
  const returnUrl = optionalString(params, 'return_url');
  if (returnUrl !== undefined && !URL.canParse(returnUrl))
    throw invalidRequest('Not a valid URL', 'return_url', 'url_invalid');
  const locale = optionalString(params, 'locale');
  const id = newId('bps_');
  const portal: FakePortalSession = {
    id,
    object: 'billing_portal.session',
    configuration: account.portalConfiguration,
    created: account.now(),
    customer,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: locale ?? null,
    on_behalf_of: null,
    return_url: returnUrl ?? null,
    url: `${baseUrl}/portal/${id}`,
  };
  account.portalSessions.set(id, portal);
  return portal;
}
