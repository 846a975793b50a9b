import { useEffect, useId, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'selected';

/**
 * The link in a read-only field and a Copy button. The Clipboard API needs a secure
 * context and permission; where it fails the text is selected so Ctrl+C / ⌘C still works.
 */
export function CopyLinkField({ url }: { url: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 3000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      input.current?.focus();
      input.current?.select();
      setState('selected');
    }
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-link`}>Invite link</label>
      <div className="copy-row">
        <input
          ref={input}
          id={`${id}-link`}
          className="link-input"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={`${id}-status`}
        />
        <button type="button" className="button button-primary copy-button" onClick={() => void copy()}>
          {state === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="field-hint" id={`${id}-status`} role="status">
        {state === 'copied' && '✓ Copied to the clipboard'}
        {state === 'selected' &&
          'Your browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac).'}
      </p>
    </div>
  );
}
