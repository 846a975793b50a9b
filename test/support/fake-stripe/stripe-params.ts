// The real parameter names of the endpoints the fake serves, copied from the `stripe` 23 SDK
// types (API version 2026-10-28.endive). `checkParams` uses them to tell a typo (Stripe's
// `parameter_unknown`) from a real parameter the fake does not model.

// biome-ignore format: a word list reads better packed than one name per line
export const checkoutSessionCreate = [
  'adaptive_pricing', 'after_expiration', 'allow_promotion_codes', 'allowed_payment_method_types',
  'automatic_tax', 'billing_address_collection', 'branding_settings', 'cancel_url', 'client_reference_id',
  'consent_collection', 'currency', 'custom_fields', 'custom_text', 'customer', 'customer_account',
  'customer_creation', 'customer_email', 'customer_update', 'discounts', 'excluded_payment_method_types',
  'expand', 'expires_at', 'integration_identifier', 'invoice_creation', 'line_items', 'locale',
  'managed_payments', 'metadata', 'mode', 'name_collection', 'optional_items', 'origin_context',
  'payment_intent_data', 'payment_method_collection', 'payment_method_configuration', 'payment_method_data',
  'payment_method_options', 'permissions', 'phone_number_collection', 'redirect_on_completion', 'return_url',
  'saved_payment_method_options', 'setup_intent_data', 'shipping_address_collection', 'shipping_options',
  'submit_type', 'subscription_data', 'success_url', 'tax_id_collection', 'ui_mode', 'wallet_options',
];

export const checkoutLineItem = [
  'adjustable_quantity',
  'metadata',
  'price',
  'price_data',
  'quantity',
  'tax_rates',
];

// biome-ignore format: a word list reads better packed than one name per line
export const checkoutSubscriptionData = [
  'application_fee_percent', 'billing_cycle_anchor', 'billing_cycle_anchor_config', 'billing_mode',
  'default_tax_rates', 'description', 'invoice_settings', 'metadata', 'on_behalf_of',
  'pending_invoice_item_interval', 'proration_behavior', 'transfer_data', 'trial_end', 'trial_period_days',
  'trial_settings',
];

// biome-ignore format: a word list reads better packed than one name per line
export const subscriptionUpdate = [
  'add_invoice_items', 'application_fee_percent', 'automatic_tax', 'billing_cycle_anchor', 'billing_schedules',
  'billing_thresholds', 'cancel_at', 'cancel_at_period_end', 'cancellation_details', 'collection_method',
  'days_until_due', 'default_payment_method', 'default_source', 'default_tax_rates', 'description', 'discounts',
  'expand', 'invoice_settings', 'items', 'metadata', 'off_session', 'on_behalf_of', 'pause_collection',
  'payment_behavior', 'payment_settings', 'pending_invoice_item_interval', 'proration_behavior',
  'proration_date', 'transfer_data', 'trial_end', 'trial_from_plan', 'trial_settings',
];

// biome-ignore format: a word list reads better packed than one name per line
export const subscriptionItem = [
  'billing_thresholds', 'clear_usage', 'deleted', 'discounts', 'id', 'metadata', 'price', 'price_data',
  'quantity', 'tax_rates',
];

export const subscriptionCancel = ['cancellation_details', 'expand', 'invoice_now', 'prorate'];

// biome-ignore format: a word list reads better packed than one name per line
export const subscriptionList = [
  'automatic_tax', 'collection_method', 'created', 'current_period_end', 'current_period_start', 'customer',
  'customer_account', 'ending_before', 'expand', 'limit', 'price', 'starting_after', 'status', 'test_clock',
];

// biome-ignore format: a word list reads better packed than one name per line
export const invoiceCreatePreview = [
  'automatic_tax', 'currency', 'customer', 'customer_account', 'customer_details', 'discounts', 'expand',
  'invoice_items', 'issuer', 'on_behalf_of', 'preview_mode', 'schedule', 'schedule_details', 'subscription',
  'subscription_details',
];

// biome-ignore format: a word list reads better packed than one name per line
export const invoicePreviewSubscriptionDetails = [
  'billing_cycle_anchor', 'billing_mode', 'billing_schedules', 'cancel_at', 'cancel_at_period_end', 'cancel_now',
  'default_tax_rates', 'items', 'metadata', 'pause', 'proration_behavior', 'proration_date', 'resume_at',
  'start_date', 'trial_end',
];

// biome-ignore format: a word list reads better packed than one name per line
export const billingPortalSessionCreate = [
  'after_expiration', 'configuration', 'customer', 'customer_account', 'expand', 'flow_data', 'locale',
  'on_behalf_of', 'return_url',
];
