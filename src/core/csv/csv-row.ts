/**
 * One CSV cell, for every export (audit log, members). Quoted when it holds a comma, quote
 * or line break (RFC 4180); a leading = + - @ (or tab/CR) gets a ' first, so a spreadsheet
 * never runs a member's name as a formula. Twelve lines of our own rather than a library:
 * the formula rule is the part that matters, and it is ours to test either way.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(cells: (string | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
