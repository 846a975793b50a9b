import { useId, useState } from 'react';
import { type LinkVersionInsights, turnedAwayReasons } from '../../contracts/link-insights.ts';
import { ErrorMessage, Loading } from '../layout/status.tsx';
import { InsightsChart } from './insights-chart.tsx';
import { useLinkInsights } from './queries.ts';

const REASONS: Record<(typeof turnedAwayReasons)[number], string> = {
  noSeats: 'No seat left',
  emailDomain: 'Address not at an allowed domain',
  emailNotVerified: 'Address not verified',
  limitReached: 'Link at its join limit',
  paused: 'Link paused',
  expired: 'Link expired',
  reset: 'Came with this link after it was reset',
};

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

/**
 * How the invite link is doing, per version: opened, signed up, joined and turned away,
 * with two weeks as a chart. Only owners and admins see the modal it sits in.
 */
export function LinkInsights({ orgId }: { orgId: string }) {
  const insights = useLinkInsights(orgId);
  const [chosen, setChosen] = useState<number | undefined>();
  const selectId = useId();
  if (insights.isPending) return <Loading label="Loading the link's insights…" />;
  if (insights.isError) {
    return (
      <ErrorMessage
        title="The link's insights could not be loaded."
        error={insights.error}
        retry={() => void insights.refetch()}
      />
    );
  }
  const { versions } = insights.data;
  const version = versions.find((v) => v.version === chosen) ?? versions[0];
  if (!version) return null;
  return (
    <div className="link-insights">
      {versions.length > 1 && (
        <div className="field">
          <label htmlFor={selectId}>Link</label>
          <select
            id={selectId}
            value={version.version}
            onChange={(event) => setChosen(Number(event.target.value))}
          >
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {versionName(v)}
              </option>
            ))}
          </select>
        </div>
      )}
      <VersionInsights version={version} />
    </div>
  );
}

function versionName(v: LinkVersionInsights): string {
  const since = v.startedAt
    ? ` (from ${new Date(v.startedAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })})`
    : '';
  return v.current ? `Current link${since}` : `Link ${v.version}, before a reset${since}`;
}

function VersionInsights({ version }: { version: LinkVersionInsights }) {
  const turnedAway = turnedAwayReasons
    .map((reason) => ({ reason, count: version.turnedAway[reason] }))
    .filter((r) => r.count > 0);
  const total = turnedAway.reduce((sum, r) => sum + r.count, 0);
  return (
    <>
      <dl className="stats insight-stats" data-testid="link-insights">
        <div>
          <dt>opened it</dt>
          <dd>{version.opened.people}</dd>
        </div>
        <div>
          <dt>signed up from it</dt>
          <dd>{version.signedUp}</dd>
        </div>
        <div>
          <dt>joined</dt>
          <dd>{version.joined}</dd>
        </div>
        <div>
          <dt>turned away</dt>
          <dd>{total}</dd>
        </div>
      </dl>
      <p className="field-hint">
        Each signed-in person counts once. Visits while signed out: {version.opened.signedOut} (each address
        once a day).
      </p>
      {turnedAway.length > 0 && (
        <ul className="turned-away" aria-label="Why people were turned away">
          {turnedAway.map((r) => (
            <li key={r.reason}>
              {REASONS[r.reason]}: {people(r.count)}
            </li>
          ))}
        </ul>
      )}
      <InsightsChart days={version.days} />
    </>
  );
}
