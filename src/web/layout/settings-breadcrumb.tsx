import { Link } from '../lib/link.tsx';

/** Where a settings page sits, with the way back to the person's account and organizations. */
export function SettingsBreadcrumb({ current }: { current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to="/organizations">My organizations</Link>
      <span aria-hidden="true"> / </span>
      <Link to="/settings/account">Your account</Link>
      <span aria-hidden="true"> / </span>
      <span aria-current="page">{current}</span>
    </nav>
  );
}
