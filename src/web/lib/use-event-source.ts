import { useEffect, useRef } from 'react';

/**
 * Listens to a Server-Sent Events stream while the component is mounted. The browser
 * reconnects by itself after a drop; queries keep a slow poll as a fallback.
 */
export function useEventSource(url: string | null, handlers: Record<string, (data: unknown) => void>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!url || typeof EventSource === 'undefined') return;
    const source = new EventSource(url);
    const names = Object.keys(latest.current);
    const listener = (event: MessageEvent<string>) => {
      try {
        latest.current[event.type]?.(JSON.parse(event.data));
      } catch {
        // A malformed event is dropped; the next poll corrects the page.
      }
    };
    for (const name of names) source.addEventListener(name, listener);
    return () => source.close();
  }, [url]);
}
