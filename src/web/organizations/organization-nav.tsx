import { useEffect, useRef, useState } from 'react';
import { can, type Role } from '../../contracts/permissions.ts';
import { Link } from '../lib/link.tsx';

export type Tab = 'members' | 'invitations' | 'billing' | 'settings' | 'audit-log';
export const tabLabels: Record<Tab, string> = {
  members: 'Members',
  invitations: 'Invitations',
  billing: 'Billing',
  settings: 'Settings',
  'audit-log': 'Audit log',
};

/**
 * Tabs between an organization's pages; only those the viewer's role may open. On a narrow
 * screen they scroll sideways: the current tab is scrolled into view, and a fade with an
 * arrow shows there is more (docs/decisions/0032-one-layout.md).
 */
export function OrganizationNav({ orgId, role, current }: { orgId: string; role: Role; current: Tab }) {
  const tabs: { tab: Tab; show: boolean }[] = [
    { tab: 'members', show: true },
    { tab: 'invitations', show: can(role, 'invitations', 'read') },
    { tab: 'billing', show: can(role, 'seats', 'manageBilling') },
    { tab: 'settings', show: can(role, 'organization', 'update') },
    { tab: 'audit-log', show: can(role, 'auditLog', 'read') },
  ];
  const visible = tabs.filter((t) => t.show);
  const { ref, more } = useScrollHint<HTMLElement>();
  if (visible.length < 2) return null;
  return (
    <div className={`tabs-frame ${more.start ? 'more-start' : ''} ${more.end ? 'more-end' : ''}`}>
      <nav aria-label="Organization" className="tabs" ref={ref}>
        {visible.map((t) => (
          <Link
            key={t.tab}
            to={`/organizations/$orgId/${t.tab}`}
            params={{ orgId }}
            className={t.tab === current ? 'tab tab-current' : 'tab'}
            aria-current={t.tab === current ? 'page' : undefined}
          >
            {tabLabels[t.tab]}
          </Link>
        ))}
      </nav>
      <span className="tabs-more" aria-hidden="true">
        ›
      </span>
    </div>
  );
}

/** Whether a sideways-scrolling element has more to show on either side. */
function useScrollHint<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [more, setMore] = useState({ start: false, end: false });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const update = () =>
      setMore({
        start: element.scrollLeft > 1,
        end: element.scrollLeft + element.clientWidth < element.scrollWidth - 1,
      });
    update();
    element.addEventListener('scroll', update, { passive: true });
    // When the bar narrows (a window made smaller, a phone turned), the current tab stays in
    // view: moved sideways within the bar only, so the page itself never jumps.
    const keepCurrent = () => {
      const current = element.querySelector<HTMLElement>('[aria-current="page"]');
      if (!current) return;
      const tab = current.getBoundingClientRect();
      const bar = element.getBoundingClientRect();
      if (tab.right > bar.right) element.scrollLeft += tab.right - bar.right;
      else if (tab.left < bar.left) element.scrollLeft -= bar.left - tab.left;
    };
    const resize = new ResizeObserver(() => {
      keepCurrent();
      update();
    });
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, []);
  return { ref, more };
}
