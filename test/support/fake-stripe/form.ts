import { invalidRequest } from './errors.ts';

/** A decoded form value: Stripe's bracket encoding nests strings in objects and arrays. */
export type FormValue = string | FormValue[] | FormObject;
export type FormObject = { [key: string]: FormValue };

type Node = Map<string, Node | string>;

/**
 * Decodes `application/x-www-form-urlencoded` with Stripe's bracket nesting
 * (`line_items[0][price]=p&metadata[a]=b&expand[]=x`) into objects and arrays. Objects whose
 * keys are all indices become arrays, as in Stripe's own parser.
 */
export function decodeForm(text: string): FormObject {
  const root: Node = new Map();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodePart(eq === -1 ? pair : pair.slice(0, eq));
    const value = decodePart(eq === -1 ? '' : pair.slice(eq + 1));
    assign(root, parseKey(key), value, key);
  }
  const decoded = finish(root);
  if (Array.isArray(decoded)) throw invalidRequest('Invalid request body: top-level array');
  return decoded;
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    throw invalidRequest(`Invalid URL encoding: ${part}`);
  }
}

/** `a[b][0][]` → ['a', 'b', '0', '']; the empty segment means "append". */
function parseKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const segments = [key.slice(0, open)];
  const rest = key.slice(open);
  const pattern = /\[([^[\]]*)\]/g;
  let consumed = 0;
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    if (match.index !== consumed) break;
    segments.push(match[1] ?? '');
    consumed = pattern.lastIndex;
  }
  if (consumed !== rest.length) throw invalidRequest(`Invalid parameter name: ${key}`, key);
  return segments;
}

function assign(node: Node, path: string[], value: string, fullKey: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const segment = head === '' ? String(node.size) : head;
  if (rest.length === 0) {
    if (node.has(segment)) throw invalidRequest(`Received duplicate parameter: ${fullKey}`, fullKey);
    node.set(segment, value);
    return;
  }
  let child = node.get(segment);
  if (child === undefined) {
    child = new Map();
    node.set(segment, child);
  }
  if (typeof child === 'string') throw invalidRequest(`Invalid hash: ${fullKey}`, fullKey);
  assign(child, rest, value, fullKey);
}

function finish(node: Node): FormObject | FormValue[] {
  const keys = [...node.keys()];
  const indices = keys.every((key) => /^(0|[1-9]\d*)$/.test(key));
  const value = (entry: Node | string): FormValue => (typeof entry === 'string' ? entry : finish(entry));
  if (keys.length > 0 && indices) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => value(node.get(String(index)) ?? ''));
  }
  // Object.fromEntries defines own properties, so a `__proto__` key cannot reach a prototype.
  return Object.fromEntries(keys.map((key) => [key, value(node.get(key) ?? '')]));
}
