import type { LinkVersionInsights } from '../../contracts/link-insights.ts';

const DAYS = 14;
const WIDTH = 280;
const HEIGHT = 96;
const BOTTOM = 16;

type Day = LinkVersionInsights['days'][number];

/** The last `DAYS` days (UTC), oldest first, with the days that had nothing filled in. */
export function lastDays(days: Day[], today = new Date()): Day[] {
  const byDay = new Map(days.map((d) => [d.day, d]));
  return Array.from({ length: DAYS }, (_, i) => {
    const day = new Date(today.getTime() - (DAYS - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    return byDay.get(day) ?? { day, opened: 0, openedSignedOut: 0, signedUp: 0, joined: 0, turnedAway: 0 };
  });
}

const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/**
 * Opened and joined per day for two weeks, as a small inline SVG (no chart library: two
 * bars a day need none). The picture is one image with a sentence for screen readers.
 */
export function InsightsChart({ days }: { days: Day[] }) {
  const shown = lastDays(days);
  const most = Math.max(1, ...shown.map((d) => Math.max(d.opened, d.joined)));
  const slot = WIDTH / shown.length;
  const bar = Math.max(2, slot / 2 - 2);
  const scale = (n: number) => (n / most) * (HEIGHT - BOTTOM - 4);
  const opened = shown.reduce((sum, d) => sum + d.opened, 0);
  const joined = shown.reduce((sum, d) => sum + d.joined, 0);
  const first = shown[0]?.day ?? '';
  const last = shown.at(-1)?.day ?? '';
  const label = `Last ${DAYS} days, ${shortDay(first)} to ${shortDay(last)}: ${opened} opened, ${joined} joined.`;
  return (
    <figure className="insights-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="insights-chart">
        <line x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="chart-axis" />
        {shown.map((d, i) => {
          const x = i * slot + 1;
          return (
            <g key={d.day}>
              <rect
                className="chart-opened"
                x={x}
                y={HEIGHT - BOTTOM - scale(d.opened)}
                width={bar}
                height={scale(d.opened)}
              />
              <rect
                className="chart-joined"
                x={x + bar + 1}
                y={HEIGHT - BOTTOM - scale(d.joined)}
                width={bar}
                height={scale(d.joined)}
              />
            </g>
          );
        })}
        <text x="0" y={HEIGHT - 3} className="chart-label">
          {shortDay(first)}
        </text>
        <text x={WIDTH} y={HEIGHT - 3} className="chart-label" textAnchor="end">
          {shortDay(last)}
        </text>
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-opened">Opened</span> <span className="legend-joined">Joined</span>{' '}
        <span className="muted">per day, busiest day {most}</span>
      </figcaption>
    </figure>
  );
}
