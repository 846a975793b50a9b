import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Dialog } from '../layout/dialog.tsx';
import { errorMessage } from '../lib/api.ts';
import { useLeaveOrganization } from './member-mutations.ts';

/** "Leave organization" for everyone but the owner, who must transfer ownership first. */
export function LeaveOrganizationButton({
  orgId,
  orgName,
  hasSeat,
}: {
  orgId: string;
  orgName: string;
  hasSeat: boolean;
}) {
  const [open, setOpen] = useState(false);
  const leave = useLeaveOrganization(orgId);
  const navigate = useNavigate();
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Leave organization
      </button>
      {open && (
        <Dialog title={`Leave ${orgName}?`} onClose={() => setOpen(false)}>
          <p>
            You will no longer be a member of {orgName}
            {hasSeat ? ' and you lose the Plus you have through it' : ''}. To come back you need the invite
            link again.
          </p>
          {leave.isError && (
            <p className="form-error" role="alert">
              {errorMessage(leave.error)}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={leave.isPending}
              onClick={() =>
                leave.mutate(undefined, {
                  onSuccess: () => void navigate({ to: '/organizations', search: { left: orgName } }),
                })
              }
            >
              {leave.isPending ? 'Leaving…' : 'Leave organization'}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
