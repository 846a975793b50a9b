/**
 * The worker announces each delivery attempt on this diagnostics channel (node:diagnostics_channel);
 * the metrics listener counts them. Publishing costs nothing while nobody subscribes, and the
 * worker needs to know nothing of metrics.
 */
export const OUTBOX_DELIVERY_CHANNEL = 'roster:outbox-delivery';

export type OutboxDeliveryMessage = {
  kind: 'email' | 'webhook' | 'billing';
  ok: boolean;
  /** The webhook endpoint a webhook row was for, when known. */
  endpointId?: string;
};
