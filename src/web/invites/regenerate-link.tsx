import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../lib/api.ts';
import { useRegenerateInviteLink } from './queries.ts';

/** Reset the link, after a confirmation that says what happens to the old one. */
export function RegenerateLink({ orgId }: { orgId: string }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const regenerate = useRegenerateInviteLink(orgId);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  const confirmation = useRef<HTMLFieldSetElement>(null);

  // The whole question comes into view, not only its button (on a phone it opened below the fold).
  useEffect(() => {
    if (!confirming) return;
    confirmation.current?.scrollIntoView({ block: 'nearest' });
    confirmButton.current?.focus({ preventScroll: true });
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="regenerate">
        <button
          ref={startButton}
          type="button"
          className="button"
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          Reset link…
        </button>
        <p className="field-hint" role="status">
          {done
            ? 'New link created. The old link no longer works.'
            : 'If the link got into the wrong hands, replace it.'}
        </p>
      </div>
    );
  }
  return (
    <fieldset className="confirm" aria-labelledby="regenerate-title" ref={confirmation}>
      <p id="regenerate-title">
        <strong>Reset the invite link?</strong> The current link stops working at once, for everyone who has
        it. People who already joined stay members; anyone else will need the new link.
      </p>
      {regenerate.isError && (
        <p className="form-error" role="alert">
          {errorMessage(regenerate.error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          Cancel
        </button>
        <button
          ref={confirmButton}
          type="button"
          className="button button-danger"
          disabled={regenerate.isPending}
          onClick={() =>
            regenerate.mutate(undefined, {
              onSuccess: () => {
                setConfirming(false);
                setDone(true);
              },
            })
          }
        >
          {regenerate.isPending ? 'Resetting…' : 'Reset link'}
        </button>
      </div>
    </fieldset>
  );
}
