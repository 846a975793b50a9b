import { z } from 'zod';
import { RosterError } from '../../contracts/errors.ts';
import { type LineProblem, MAX_INVITATION_BATCH } from '../../contracts/invitations.ts';
import { hasControlCharacter } from '../../contracts/organizations.ts';

export type ParsedAddress = { line: number; email: string };
export type ParsedProblem = { line: number; text: string; reason: LineProblem; message: string };
export type ParsedBatch = { lines: number; addresses: ParsedAddress[]; problems: ParsedProblem[] };

const email = z.email();
const MAX_ECHO = 100;

/**
 * The line as the report shows it: shortened, every control or bidi character (and any
 * invalid UTF-16) shown as �, so a report never hides or reorders what it quotes.
 */
export function echo(text: string): string {
  let out = '';
  for (const ch of text.slice(0, MAX_ECHO)) {
    const unpaired = ch.length === 1 && /[\ud800-\udfff]/.test(ch);
    out += hasControlCharacter(ch, false) || unpaired ? '\ufffd' : ch;
  }
  return text.length > MAX_ECHO ? `${out}…` : out;
}

const messages: Record<LineProblem, string> = {
  not_an_address: 'Not an e-mail address.',
  control_characters: 'Holds control characters; retype the address.',
  formula: 'Starts with =, +, - or @ like a spreadsheet formula; not sent.',
  duplicate: 'Already earlier in this batch.',
  already_member: 'Already a member of this organization.',
  header: 'Looks like a header row; skipped.',
};

export function problem(line: number, text: string, reason: LineProblem, detail?: string): ParsedProblem {
  return { line, text: echo(text), reason, message: detail ?? messages[reason] };
}

/**
 * A cell a spreadsheet would run: `=…`, or `+ - @` before a function call or a DDE link
 * (`@SUM(`, `+cmd|`). A phone number such as +44 20 … is not one.
 */
function looksLikeFormula(cell: string): boolean {
  return cell.startsWith('=') || /^[+\-@][^\s\d]*[(|!]/.test(cell);
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  const quoted = /^"(.*)"$/s.exec(trimmed);
  return (quoted ? (quoted[1] ?? '').replaceAll('""', '"') : trimmed).trim();
}

/**
 * Turns pasted text or an uploaded CSV into addresses (lower case, each once) and a report
 * of the lines left out. Nothing here is fatal except size: more than 500 non-blank lines
 * is refused as a whole, since a report of 10,000 lines helps nobody (decision 0030).
 */
export function parseBatch(text: string): ParsedBatch {
  const raw = text.split(/\r\n|\n|\r/);
  const numbered = raw.map((content, i) => ({ line: i + 1, content })).filter((l) => l.content.trim() !== '');
  if (numbered.length > MAX_INVITATION_BATCH) {
    throw new RosterError(
      'TOO_MANY_ADDRESSES',
      `At most ${MAX_INVITATION_BATCH} addresses at a time; this batch has ${numbered.length} lines. Split it and send the rest afterwards.`,
    );
  }
  const addresses: ParsedAddress[] = [];
  const problems: ParsedProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, content } of numbered) {
    const cells = content.split(/[,;\t]/).map(unquote);
    let cell = cells.find((c) => c.includes('@'));
    if (cell === undefined) {
      const header = line === numbered[0]?.line && cells.every((c) => /^[\p{L} _-]*$/u.test(c));
      problems.push(problem(line, content, header ? 'header' : 'not_an_address'));
      continue;
    }
    // "Ann Lee <ann@example.com>", as mail programs copy addresses.
    const angle = /<([^<>]*)>\s*$/.exec(cell);
    if (angle) cell = (angle[1] ?? '').trim();
    if (hasControlCharacter(cell, false) || /[\ud800-\udfff]/.test(cell)) {
      problems.push(problem(line, content, 'control_characters'));
      continue;
    }
    if (/^[=+\-@]/.test(cell) || cells.some(looksLikeFormula)) {
      problems.push(problem(line, content, 'formula'));
      continue;
    }
    const address = cell.toLowerCase();
    if (address.length > 254 || !email.safeParse(address).success) {
      problems.push(problem(line, content, 'not_an_address'));
      continue;
    }
    const first = seen.get(address);
    if (first !== undefined) {
      problems.push(problem(line, content, 'duplicate', `Already on line ${first} of this batch.`));
      continue;
    }
    seen.set(address, line);
    addresses.push({ line, email: address });
  }
  return { lines: numbered.length, addresses, problems };
}
