import { type FormEvent, useId, useState } from 'react';
import { createOrganizationBody, MAX_SEATS } from '../../contracts/organizations.ts';
import { errorMessage } from '../lib/api.ts';
import { navigate } from '../lib/router.tsx';
import { useCreateOrganization } from './queries.ts';

/** Name and number of Plus seats; the creator becomes the owner and takes the first seat. */
export function CreateOrganizationForm() {
  const id = useId();
  const create = useCreateOrganization();
  const [name, setName] = useState('');
  const [seats, setSeats] = useState('5');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The same schema the server checks, so the message matches what the API would say.
    const parsed = createOrganizationBody.safeParse({ name, seats: Number(seats) });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Check the name and the number of seats.');
      return;
    }
    setProblem(null);
    create.mutate(parsed.data, { onSuccess: (org) => navigate(`/organizations/${org.id}/members`) });
  };

  const error = problem ?? (create.isError ? errorMessage(create.error) : null);
  return (
    <form className="form form-inline" onSubmit={submit} noValidate>
      <div className="field field-grow">
        <label htmlFor={`${id}-name`}>Organization name</label>
        <input
          id={`${id}-name`}
          required
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field field-seats">
        <label htmlFor={`${id}-seats`}>Plus seats</label>
        <input
          id={`${id}-seats`}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SEATS}
          required
          aria-describedby={`${id}-seats-hint`}
          value={seats}
          onChange={(e) => setSeats(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create organization'}
      </button>
      <p className="field-hint field-full" id={`${id}-seats-hint`}>
        You take one seat as the owner; the rest are for the people you invite.
      </p>
      {error && (
        <p className="form-error field-full" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
