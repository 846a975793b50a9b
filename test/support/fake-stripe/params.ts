import { invalidRequest, notModelled } from './errors.ts';
import type { FormObject, FormValue } from './form.ts';

/**
 * Rejects parameters the way Stripe does: an unknown name is `parameter_unknown`; a real
 * Stripe parameter the fake ignores would make a test pass for the wrong reason, so it is
 * refused too, with a message that points here.
 */
export function checkParams(
  params: FormObject,
  modelled: readonly string[],
  real: readonly string[],
  prefix = '',
): void {
  for (const key of Object.keys(params)) {
    const name = prefix ? `${prefix}[${key}]` : key;
    if (modelled.includes(key)) continue;
    if (real.includes(key)) throw notModelled(name);
    throw invalidRequest(`Received unknown parameter: ${name}`, name, 'parameter_unknown');
  }
}

export function optionalString(params: FormObject, key: string, name = key): string | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidRequest(`Invalid string: ${JSON.stringify(value)}`, name);
  return value;
}

export function requiredString(params: FormObject, key: string, name = key): string {
  const value = optionalString(params, key, name);
  if (value === undefined || value === '') {
    throw invalidRequest(`Missing required param: ${name}.`, name, 'parameter_missing');
  }
  return value;
}

export function optionalInteger(params: FormObject, key: string, name = key): number | undefined {
  const value = optionalString(params, key, name);
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${value}`, name);
  return Number(value);
}

export function optionalBoolean(params: FormObject, key: string, name = key): boolean | undefined {
  const value = optionalString(params, key, name);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') throw invalidRequest(`Invalid boolean: ${value}`, name);
  return value === 'true';
}

export function optionalEnum<T extends string>(
  params: FormObject,
  key: string,
  allowed: readonly T[],
  name = key,
): T | undefined {
  const value = optionalString(params, key, name);
  if (value === undefined) return undefined;
  const match = allowed.find((option) => option === value);
  if (match === undefined) {
    throw invalidRequest(`Invalid ${name}: must be one of ${allowed.join(', ')}`, name);
  }
  return match;
}

export function optionalObject(params: FormObject, key: string, name = key): FormObject | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (!isObject(value)) throw invalidRequest(`Invalid object`, name);
  return value;
}

export function optionalArray(params: FormObject, key: string, name = key): FormObject[] | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every(isObject)) throw invalidRequest(`Invalid array`, name);
  return value;
}

export function stringList(params: FormObject, key: string): string[] {
  const value = params[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw invalidRequest('Invalid array', key);
  }
  return value;
}

/** Stripe metadata: string values; an empty value deletes the key on update. */
export function metadataParam(params: FormObject, key = 'metadata'): Record<string, string> | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (value === '') return {};
  if (!isObject(value)) throw invalidRequest('Invalid object', key);
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') throw invalidRequest('Invalid string', `${key}[${name}]`);
    if (entry.length > 500) {
      throw invalidRequest(`Metadata values can have up to 500 characters`, `${key}[${name}]`);
    }
    out[name] = entry;
  }
  return out;
}

export function isObject(value: FormValue | undefined): value is FormObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
