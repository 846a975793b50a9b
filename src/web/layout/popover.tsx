import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * A panel anchored under the button that opens it (the bell, the account menu, the
 * organization switcher), not a centred modal: it closes on Escape (focus back on the
 * button), on a click outside, and when a choice in it calls `close`. `dialog` panels (the
 * bell's list, with buttons inside) are non-modal dialogs; the others are navigation (links).
 */
export function Popover({
  button,
  label,
  panelLabel,
  className,
  align = 'end',
  dialog = false,
  children,
}: {
  button: ReactNode;
  /** The button's accessible name, when its content does not say it (an icon). */
  label?: string;
  panelLabel: string;
  className?: string;
  align?: 'start' | 'end';
  dialog?: boolean;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = () => setOpen(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      trigger.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div className="popover" ref={wrapper}>
      <button
        ref={trigger}
        type="button"
        className={className ?? 'button button-quiet'}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {button}
      </button>
      {open &&
        (dialog ? (
          <div
            id={panelId}
            className={`popover-panel popover-${align}`}
            role="dialog"
            aria-label={panelLabel}
          >
            {children(close)}
          </div>
        ) : (
          <nav id={panelId} className={`popover-panel popover-${align}`} aria-label={panelLabel}>
            {children(close)}
          </nav>
        ))}
    </div>
  );
}
