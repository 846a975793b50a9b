import { type FormEvent, useId, useState } from 'react';
import type { InviteLink } from '../../contracts/invites.ts';
import { errorMessage } from '../lib/api.ts';
import { useUpdateInviteLink } from './queries.ts';

// The expiry is picked as a day; the link works until the end of that day, local time.
const toDateInput = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();

/** Pause, expiry date, allowed e-mail domains and a limit of joins: all optional, all off by default. */
export function LinkSettings({ orgId, link }: { orgId: string; link: InviteLink }) {
  const id = useId();
  const update = useUpdateInviteLink(orgId);
  const [paused, setPaused] = useState(link.paused);
  const [expires, setExpires] = useState(toDateInput(link.expiresAt));
  const [domains, setDomains] = useState(link.allowedDomains.join(', '));
  const [approval, setApproval] = useState(link.requiresApproval);
  const [maxJoins, setMaxJoins] = useState(link.maxJoins === null ? '' : String(link.maxJoins));
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      {
        paused,
        requiresApproval: approval,
        expiresAt: expires ? endOfDay(expires) : null,
        allowedDomains: domains
          .split(/[\s,;]+/)
          .map((d) => d.trim().replace(/^@/, ''))
          .filter(Boolean),
        // Whatever was typed goes to the server, which says what is wrong with it.
        maxJoins: maxJoins.trim() === '' ? null : Number(maxJoins),
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <form className="form link-settings" onSubmit={submit} onChange={() => setSaved(false)}>
      <div className="check">
        <input
          id={`${id}-paused`}
          type="checkbox"
          checked={paused}
          onChange={(e) => setPaused(e.target.checked)}
        />
        <label htmlFor={`${id}-paused`}>Pause the link — nobody can join until you resume it</label>
      </div>
      <div className="check">
        <input
          id={`${id}-approval`}
          type="checkbox"
          checked={approval}
          onChange={(e) => setApproval(e.target.checked)}
        />
        <label htmlFor={`${id}-approval`}>
          Approve each person — opening the link asks to join, and owners and admins let people in
        </label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-expires`}>Expires after</label>
        <input
          id={`${id}-expires`}
          type="date"
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
          aria-describedby={`${id}-expires-hint`}
        />
        <p className="field-hint" id={`${id}-expires-hint`}>
          Leave empty for a link that never expires.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-domains`}>Allowed e-mail domains</label>
        <input
          id={`${id}-domains`}
          placeholder="example.com, example.org"
          value={domains}
          onChange={(e) => setDomains(e.target.value)}
          aria-describedby={`${id}-domains-hint`}
        />
        <p className="field-hint" id={`${id}-domains-hint`}>
          Only people with a verified address at these domains can join. Leave empty to let anyone with the
          link join.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-max-joins`}>Limit joins</label>
        <input
          id={`${id}-max-joins`}
          type="number"
          inputMode="numeric"
          min={Math.max(1, link.joins)}
          step={1}
          value={maxJoins}
          onChange={(e) => setMaxJoins(e.target.value)}
          aria-describedby={`${id}-max-joins-hint`}
        />
        <p className="field-hint" id={`${id}-max-joins-hint`}>
          {link.joins === 1 ? '1 person has' : `${link.joins} people have`} joined through this link. It stops
          at the limit; resetting the link starts counting again. Leave empty for no limit.
        </p>
      </div>
      {update.isError && (
        <p className="form-error" role="alert">
          {errorMessage(update.error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save link settings'}
        </button>
        <p className="field-hint" role="status">
          {saved && 'Settings saved.'}
        </p>
      </div>
    </form>
  );
}
