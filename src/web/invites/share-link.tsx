import { useEffect, useState } from 'react';

const PHONE = '(max-width: 640px)';

/**
 * On a phone, scanning a QR code on its own screen is no use: where the browser has a
 * system share sheet (navigator.share), offer that instead. True only when both hold.
 */
export function useShareSheet(): boolean {
  const supported = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const [phone, setPhone] = useState(() => supported && window.matchMedia(PHONE).matches);
  useEffect(() => {
    if (!supported) return;
    const query = window.matchMedia(PHONE);
    const update = () => setPhone(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [supported]);
  return supported && phone;
}

/** "Share invite link…": the system share sheet with the link and a line naming the organization. */
export function ShareLink({ url, organizationName }: { url: string; organizationName: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const share = async () => {
    setProblem(null);
    try {
      await navigator.share({
        title: `Join ${organizationName}`,
        text: `Join ${organizationName} on Roster`,
        url,
      });
    } catch (error) {
      // Closing the sheet is a choice, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setProblem('The share sheet could not open: copy the link above instead.');
    }
  };
  return (
    <div className="share-link">
      <button type="button" className="button button-large" onClick={() => void share()}>
        Share invite link…
      </button>
      <p className="field-hint">Send it with any app on this phone.</p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
