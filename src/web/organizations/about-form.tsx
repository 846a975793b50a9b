import { type FormEvent, useId, useState } from 'react';
import {
  MAX_DESCRIPTION,
  MAX_WELCOME_MESSAGE,
  type Organization,
  organizationDescription,
  organizationWelcomeMessage,
} from '../../contracts/organizations.ts';
import { errorMessage } from '../lib/api.ts';
import { useUpdateOrganization } from './settings-mutations.ts';

/** What invitees read before and after joining: checked with the server's own rules. */
export function AboutForm({ org }: { org: Organization }) {
  const id = useId();
  const update = useUpdateOrganization(org.id);
  const [description, setDescription] = useState(org.description);
  const [welcomeMessage, setWelcomeMessage] = useState(org.welcomeMessage);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const d = organizationDescription.safeParse(description);
    const w = organizationWelcomeMessage.safeParse(welcomeMessage);
    if (!d.success) return setProblem(d.error.issues[0]?.message ?? 'Check the description.');
    if (!w.success) return setProblem(w.error.issues[0]?.message ?? 'Check the welcome message.');
    setProblem(null);
    update.mutate({ description: d.data, welcomeMessage: w.data });
  };
  const edited = () => update.reset();
  const error = problem ?? (update.isError ? errorMessage(update.error) : null);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        For invitees
      </h2>
      <p className="muted">
        Plain text. The description is shown on the invite page; the welcome message in the welcome e-mail and
        notice of everyone who joins.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-description`}>Description</label>
          <textarea
            id={`${id}-description`}
            rows={3}
            maxLength={MAX_DESCRIPTION}
            aria-describedby={`${id}-description-hint`}
            value={description}
            onChange={(e) => {
              setDescription(e.target.value);
              edited();
            }}
          />
          <p id={`${id}-description-hint`} className="field-hint">
            {description.length} of {MAX_DESCRIPTION} characters
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-welcome`}>Welcome message</label>
          <textarea
            id={`${id}-welcome`}
            rows={4}
            maxLength={MAX_WELCOME_MESSAGE}
            aria-describedby={`${id}-welcome-hint`}
            value={welcomeMessage}
            onChange={(e) => {
              setWelcomeMessage(e.target.value);
              edited();
            }}
          />
          <p id={`${id}-welcome-hint`} className="field-hint">
            {welcomeMessage.length} of {MAX_WELCOME_MESSAGE} characters
          </p>
        </div>
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save description and welcome'}
        </button>
        <p className="field-hint" role="status">
          {update.isSuccess && 'Description and welcome message saved.'}
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
