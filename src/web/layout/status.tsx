import { useEffect } from 'react';
import { ApiError, errorMessage } from '../lib/api.ts';

export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** Says what failed and what the server said; offers a retry when one makes sense. */
export function ErrorMessage({ title, error, retry }: { title: string; error: unknown; retry?: () => void }) {
  return (
    <div className="error-box" role="alert">
      <p className="error-title">{title}</p>
      <p>{errorMessage(error)}</p>
      {retry && worthRetrying(error) && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Sets the tab title, which is also what screen readers announce on navigation. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Roster`;
  }, [title]);
}

/** Retrying helps after a network or server failure, not after "not found" or "forbidden". */
function worthRetrying(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}
