import type { Notification } from '../../contracts/notifications.ts';
import { useDecideSeatRequest } from '../billing/queries.ts';
import { errorMessage } from '../lib/api.ts';

/**
 * Approve (Admit, for a seat request) and Decline right in the bell, for a notice that
 * someone asks to join (issue 16: "approve or decline … by notification"). The same
 * endpoints as the members page: the server decides, and a request already decided, or
 * ended by a link reset, is answered with its reason and changes nothing.
 */
export function RequestActions({
  notification,
  onDecided,
}: {
  notification: Notification;
  onDecided: () => void;
}) {
  const orgId = notification.organizationId ?? '';
  const decide = useDecideSeatRequest(orgId);
  const { requestId, approval, subjectName } = notification.data;
  if (!requestId || !orgId) return null;
  const who = subjectName ?? 'this person';
  const admit = approval ? 'Approve' : 'Admit';
  if (decide.isSuccess) {
    return (
      <p className="notification-outcome muted" role="status">
        {decide.data.status === 'admitted' ? `${who} is in.` : `${who} was declined.`}
      </p>
    );
  }
  const act = (decision: 'admit' | 'decline') =>
    decide.mutate({ requestId, decision }, { onSuccess: onDecided });
  return (
    <div className="notification-actions">
      <button
        type="button"
        className="button button-small button-primary"
        disabled={decide.isPending}
        aria-label={`${admit} ${who}`}
        onClick={() => act('admit')}
      >
        {admit}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={decide.isPending}
        aria-label={`Decline ${who}`}
        onClick={() => act('decline')}
      >
        Decline
      </button>
      {decide.isError && (
        <p className="form-error" role="alert">
          {errorMessage(decide.error)}
        </p>
      )}
    </div>
  );
}
