import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { type Organization, organizationName } from '../../contracts/organizations.ts';
import { can } from '../../contracts/permissions.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { Avatar } from '../layout/avatar.tsx';
import { useTitle } from '../layout/status.tsx';
import { errorMessage } from '../lib/api.ts';
import { AboutForm } from './about-form.tsx';
import { organizationGate } from './organization-gate.tsx';
import { OrganizationHeader } from './organization-header.tsx';
import { useOrganization } from './queries.ts';
import { useDeleteOrganization, useUpdateOrganization, useUploadImage } from './settings-mutations.ts';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif'];
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** Name and image for owners and admins; deleting the organization for the owner. */
export function SettingsPage({ orgId }: { orgId: string }) {
  const org = useOrganization(orgId);
  useTitle(org.data ? `Settings of ${org.data.name}` : 'Settings');
  const gate = organizationGate(org);
  if (gate || !org.data) return gate;
  const data = org.data;
  const role = data.viewer.role;
  return (
    <AppShell>
      <OrganizationHeader org={data} current="settings" />
      {can(role, 'organization', 'update') ? (
        <>
          <NameForm org={data} />
          <ImageForm org={data} />
          <AboutForm org={data} />
        </>
      ) : (
        <p className="empty">Only the owner and admins can change the organization's settings.</p>
      )}
      {can(role, 'organization', 'delete') && <DeleteOrganization org={data} />}
    </AppShell>
  );
}

function NameForm({ org }: { org: Organization }) {
  const id = useId();
  const update = useUpdateOrganization(org.id);
  const [name, setName] = useState(org.name);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = organizationName.safeParse(name);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? 'Check the name.');
    setProblem(null);
    update.mutate({ name: parsed.data });
  };
  const error = problem ?? (update.isError ? errorMessage(update.error) : null);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Name
      </h2>
      <form className="form form-inline" onSubmit={submit} noValidate>
        <div className="field field-grow">
          <label htmlFor={`${id}-name`}>Organization name</label>
          <input
            id={`${id}-name`}
            required
            maxLength={100}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              update.reset();
            }}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save name'}
        </button>
        <p className="field-hint field-full" role="status">
          {update.isSuccess && 'Name saved.'}
        </p>
        {error && (
          <p className="form-error field-full" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

function ImageForm({ org }: { org: Organization }) {
  const id = useId();
  const upload = useUploadImage(org.id);
  const update = useUpdateOrganization(org.id);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const choose = (picked: File | undefined) => {
    upload.reset();
    update.reset();
    if (!picked) return setFile(null);
    if (!IMAGE_TYPES.includes(picked.type)) return setProblem('Choose a PNG, JPEG or GIF image.');
    if (picked.size > MAX_IMAGE_BYTES)
      return setProblem('The image is larger than 2 MB; choose a smaller one.');
    setProblem(null);
    setFile(picked);
  };

  const error =
    problem ??
    (upload.isError ? errorMessage(upload.error) : update.isError ? errorMessage(update.error) : null);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Image
      </h2>
      <p className="muted">Shown on the invite page and next to the name. PNG, JPEG or GIF, at most 2 MB.</p>
      <div className="image-row">
        <figure className="image-preview">
          {preview ? (
            <img className="avatar" src={preview} alt="Preview of what you chose" width={72} height={72} />
          ) : (
            <Avatar name={org.name} image={org.image} size={72} />
          )}
          <figcaption className="muted">
            {preview ? 'New image (not saved yet)' : org.image ? 'Current image' : 'No image yet'}
          </figcaption>
        </figure>
        <div className="form">
          <div className="field">
            <label htmlFor={`${id}-file`}>Choose an image</label>
            <input
              id={`${id}-file`}
              type="file"
              accept={IMAGE_TYPES.join(',')}
              onChange={(e) => choose(e.target.files?.[0])}
            />
          </div>
          <div className="dialog-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={!file || upload.isPending}
              onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })}
            >
              {upload.isPending ? 'Uploading…' : 'Upload image'}
            </button>
            {org.image && !file && (
              <button
                type="button"
                className="button"
                disabled={update.isPending}
                onClick={() => update.mutate({ image: null })}
              >
                Remove image
              </button>
            )}
          </div>
        </div>
      </div>
      <p className="field-hint" role="status">
        {upload.isSuccess && 'Image saved.'}
        {update.isSuccess && 'Image removed.'}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function DeleteOrganization({ org }: { org: Organization }) {
  const id = useId();
  const remove = useDeleteOrganization(org.id);
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    remove.mutate(typed, {
      onSuccess: () => void navigate({ to: '/organizations', search: { deleted: org.name } }),
    });
  };
  return (
    <section className="card danger-zone" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Delete organization
      </h2>
      <p>
        Deleting {org.name} removes every member from it and releases all {org.seats.used} assigned Plus
        seats. It cannot be undone.
      </p>
      <form className="form form-inline" onSubmit={submit}>
        <div className="field field-grow">
          <label htmlFor={`${id}-confirm`}>Type “{org.name}” to confirm</label>
          <input
            id={`${id}-confirm`}
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button button-danger"
          disabled={typed !== org.name || remove.isPending}
        >
          {remove.isPending ? 'Deleting…' : 'Delete organization'}
        </button>
        {remove.isError && (
          <p className="form-error field-full" role="alert">
            {errorMessage(remove.error)}
          </p>
        )}
      </form>
    </section>
  );
}
