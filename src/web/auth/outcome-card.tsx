import type { ReactNode } from 'react';
import { AppShell } from '../layout/app-shell.tsx';
import { useTitle } from '../layout/status.tsx';

/**
 * One clear page for where a mailed link led: done, expired, used, or not working. The
 * title says what happened, the text why, and the buttons what to do next.
 */
export function OutcomeCard({
  title,
  tone,
  children,
}: {
  title: string;
  tone: 'done' | 'problem';
  children: ReactNode;
}) {
  useTitle(title);
  return (
    <AppShell>
      <div className="narrow">
        <section className="card outcome-card" aria-labelledby="outcome-title">
          <svg
            className={`outcome-icon outcome-${tone}`}
            aria-hidden="true"
            width="44"
            height="44"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <circle cx="12" cy="12" r="10" />
            {tone === 'done' ? (
              <path d="m8 12 3 3 5-6" />
            ) : (
              <>
                <line x1="12" y1="7" x2="12" y2="13" />
                <line x1="12" y1="17" x2="12.01" y2="17" />
              </>
            )}
          </svg>
          <h1 id="outcome-title">{title}</h1>
          {children}
        </section>
      </div>
    </AppShell>
  );
}
