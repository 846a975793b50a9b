import { useState } from 'react';
import type { Member } from '../../contracts/members.ts';
import { can, type Role } from '../../contracts/permissions.ts';
import { Dialog } from '../layout/dialog.tsx';
import { errorMessage } from '../lib/api.ts';
import { PlusBadge, RoleBadge } from '../organizations/role-badge.tsx';
import { useRemoveMember, useTransferOwnership, useUpdateMember } from './member-mutations.ts';

export type Viewer = { id: string | undefined; role: Role };

/**
 * Whether the viewer may do anything to this row at all: nobody acts on the owner or on
 * themselves here, and only the owner acts on admins (the role map's manageAdmins).
 * The server checks every rule again; this only decides what to offer.
 */
export function canManage(viewer: Viewer, member: Member): boolean {
  if (member.user.id === viewer.id || member.role === 'owner') return false;
  if (member.role === 'admin' && !can(viewer.role, 'members', 'manageAdmins')) return false;
  return (
    can(viewer.role, 'members', 'promote') ||
    can(viewer.role, 'members', 'remove') ||
    can(viewer.role, 'seats', 'assign')
  );
}

type Step = 'menu' | 'remove' | 'transfer';

/** The row's actions in a small dialog: keyboard friendly and the same on a phone. */
export function MemberActionsDialog({
  orgId,
  orgName,
  seatsAvailable,
  viewer,
  member,
  onClose,
}: {
  orgId: string;
  orgName: string;
  seatsAvailable: number;
  viewer: Viewer;
  member: Member;
  onClose: () => void;
}) {
  const [step, setStep] = useState<Step>('menu');
  const [done, setDone] = useState<string | null>(null);
  const update = useUpdateMember(orgId);
  const remove = useRemoveMember(orgId);
  const transfer = useTransferOwnership(orgId);
  const name = member.user.name;
  const pending = update.isPending || remove.isPending || transfer.isPending;
  const failure = update.error ?? remove.error ?? transfer.error;

  const change = (changes: { role?: 'admin' | 'member'; seat?: 'plus' | 'none' }, message: string) => {
    remove.reset();
    transfer.reset();
    update.mutate({ userId: member.user.id, changes }, { onSuccess: () => setDone(message) });
  };

  if (step === 'remove') {
    return (
      <Dialog title={`Remove ${name}?`} onClose={onClose}>
        <p>
          {name} will no longer be a member of {orgName}
          {member.seat === 'plus' ? ' and loses the Plus seat, which becomes free for someone else' : ''}.
          They can join again only with the invite link.
        </p>
        {remove.isError && (
          <p className="form-error" role="alert">
            {errorMessage(remove.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setStep('menu')}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate(member.user.id, { onSuccess: onClose })}
          >
            {remove.isPending ? 'Removing…' : `Remove ${name}`}
          </button>
        </div>
      </Dialog>
    );
  }
  if (step === 'transfer') {
    return (
      <Dialog title={`Make ${name} the owner?`} onClose={onClose}>
        <p>
          {name} becomes the owner of {orgName}, with billing and the right to delete it. You become an admin.
          Only the new owner can undo this.
        </p>
        {transfer.isError && (
          <p className="form-error" role="alert">
            {errorMessage(transfer.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setStep('menu')}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={transfer.isPending}
            onClick={() => transfer.mutate(member.user.id, { onSuccess: onClose })}
          >
            {transfer.isPending ? 'Transferring…' : 'Transfer ownership'}
          </button>
        </div>
      </Dialog>
    );
  }

  const isAdmin = member.role === 'admin';
  return (
    <Dialog title={`Manage ${name}`} onClose={onClose}>
      {/* Where the person stands before any change is offered: said in words, the badges as in the list. */}
      <p className="member-now">
        <span aria-hidden="true">
          <RoleBadge role={member.role} /> <PlusBadge seat={member.seat} />{' '}
        </span>
        {name} is {member.role === 'admin' ? 'an admin' : 'a member'}{' '}
        {member.seat === 'plus' ? 'with a Plus seat' : 'without a Plus seat'}.
      </p>
      <ul className="action-list">
        {isAdmin
          ? can(viewer.role, 'members', 'manageAdmins') && (
              <Action
                label="Make member"
                hint="Takes away admin rights: inviting, managing members and seats."
                disabled={pending}
                onClick={() => change({ role: 'member' }, `${name} is now a member.`)}
              />
            )
          : can(viewer.role, 'members', 'promote') && (
              <Action
                label="Make admin"
                hint="Admins can invite people and manage members and seats."
                disabled={pending}
                onClick={() => change({ role: 'admin' }, `${name} is now an admin.`)}
              />
            )}
        {can(viewer.role, 'seats', 'assign') &&
          (member.seat === 'plus' ? (
            <Action
              label="Remove Plus seat"
              hint="They stay a member without Plus; the seat becomes free."
              disabled={pending}
              onClick={() => change({ seat: 'none' }, `${name} no longer holds a Plus seat.`)}
            />
          ) : (
            <Action
              label="Give Plus seat"
              hint={
                seatsAvailable > 0 ? `${seatsAvailable} seats available.` : 'No seats left: add seats first.'
              }
              disabled={pending || seatsAvailable === 0}
              onClick={() => change({ seat: 'plus' }, `${name} now has Plus.`)}
            />
          ))}
        {can(viewer.role, 'organization', 'transferOwnership') && (
          <Action
            label="Make owner…"
            hint="Hand the organization over; you become an admin."
            disabled={pending}
            onClick={() => setStep('transfer')}
          />
        )}
        {can(viewer.role, 'members', 'remove') && (
          <Action
            label="Remove from organization…"
            hint="Asks for confirmation first."
            danger
            disabled={pending}
            onClick={() => setStep('remove')}
          />
        )}
      </ul>
      {failure && (
        <p className="form-error" role="alert">
          {errorMessage(failure)}
        </p>
      )}
      <p className="field-hint" role="status">
        {!failure && done}
      </p>
    </Dialog>
  );
}

function Action(props: {
  label: string;
  hint: string;
  onClick: () => void;
  disabled: boolean;
  danger?: boolean;
}) {
  return (
    <li>
      <button
        type="button"
        className={`button action-button ${props.danger ? 'button-danger-quiet' : ''}`}
        disabled={props.disabled}
        onClick={props.onClick}
      >
        <span>{props.label}</span>
        <span className="action-hint">{props.hint}</span>
      </button>
    </li>
  );
}
