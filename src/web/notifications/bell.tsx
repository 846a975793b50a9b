import { useNavigate } from '@tanstack/react-router';
import type { Notification } from '../../contracts/notifications.ts';
import { Popover } from '../layout/popover.tsx';
import { ErrorMessage, Loading } from '../layout/status.tsx';
import { errorMessage } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { fullDate, timeAgo } from '../members/format.ts';
import { useLiveNotifications, useMarkRead, useNotifications, useUnreadCount } from './queries.ts';
import { RequestActions } from './request-actions.tsx';

/** The bell in the header: a live unread count, and the latest notifications in a panel under it. */
export function NotificationBell() {
  useLiveNotifications(true);
  const unread = useUnreadCount(true).data?.unread ?? 0;
  return (
    <Popover
      dialog
      label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
      panelLabel="Notifications"
      className="button button-quiet bell"
      button={
        <>
          <svg
            aria-hidden="true"
            width="20"
            height="20"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
            <path d="M13.7 21a2 2 0 0 1-3.4 0" />
          </svg>
          {unread > 0 && (
            <span className="bell-count" data-testid="unread-count">
              {unread > 99 ? '99+' : unread}
            </span>
          )}
        </>
      }
    >
      {(close) => <NotificationsPanel onClose={close} />}
    </Popover>
  );
}

/** The latest notifications, in a panel anchored to the bell. */
function NotificationsPanel({ onClose }: { onClose: () => void }) {
  const list = useNotifications(true);
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const items = list.data?.notifications ?? [];
  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    onClose();
    const orgId = n.organizationId;
    if (orgId && n.type === 'payment_failed')
      void navigate({ to: '/organizations/$orgId/billing', params: { orgId } });
    else if (orgId && n.type !== 'member_removed')
      void navigate({ to: '/organizations/$orgId/members', params: { orgId } });
  };
  return (
    <div className="notifications-panel">
      <h2 className="popover-title">Notifications</h2>
      {list.isPending && <Loading label="Loading notifications…" />}
      {list.isError && (
        <ErrorMessage
          title="Notifications could not be loaded."
          error={list.error}
          retry={() => void list.refetch()}
        />
      )}
      {list.data && items.length === 0 && (
        <p className="empty">Nothing yet. Joins and changes to your teams show up here.</p>
      )}
      {items.length > 0 && (
        <ul className="notification-list">
          {items.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className={`notification ${n.readAt ? '' : 'notification-unread'}`}
                onClick={() => open(n)}
              >
                {!n.readAt && <span className="visually-hidden">Unread: </span>}
                <span>{n.title}</span>
                <time dateTime={n.createdAt} title={fullDate(n.createdAt)} className="muted">
                  {timeAgo(n.createdAt)}
                </time>
              </button>
              {n.type === 'seat_requested' && (
                <RequestActions
                  notification={n}
                  onDecided={() => {
                    if (!n.readAt) markRead.mutate({ ids: [n.id] });
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {markRead.isError && (
        <p className="form-error" role="alert">
          {errorMessage(markRead.error)}
        </p>
      )}
      <div className="dialog-actions">
        {items.some((n) => !n.readAt) && (
          <button
            type="button"
            className="button"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            Mark all as read
          </button>
        )}
        <Link className="button button-quiet" to="/settings/notifications" onClick={onClose}>
          Notification settings
        </Link>
      </div>
    </div>
  );
}
