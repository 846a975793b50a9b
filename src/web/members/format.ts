const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago"; under a minute is "just now". */
export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

export const fullDate = (iso: string) => absolute.format(new Date(iso));
export const shortDate = (iso: string) => day.format(new Date(iso));

const exact = new Intl.DateTimeFormat('en', {
  dateStyle: 'long',
  timeStyle: 'long',
});
/** "March 1, 2026 at 12:34:56 PM GMT+1": to the second, with the zone (the audit log's hover). */
export const exactTime = (iso: string) => exact.format(new Date(iso));

/** "1,234" */
export const count = (n: number) => n.toLocaleString('en-US');
