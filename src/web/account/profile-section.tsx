import { type FormEvent, useEffect, useId, useState } from 'react';
import { personName } from '../../contracts/account.ts';
import type { Me } from '../../contracts/plus.ts';
import { Avatar } from '../layout/avatar.tsx';
import { errorMessage } from '../lib/api.ts';
import { useUpdateProfile, useUploadAvatar } from './queries.ts';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif'];
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** Name and avatar: what other members see next to you. */
export function ProfileSection({ me }: { me: Me }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Profile
      </h2>
      <NameForm me={me} />
      <AvatarForm me={me} />
    </section>
  );
}

function NameForm({ me }: { me: Me }) {
  const id = useId();
  const update = useUpdateProfile();
  const [name, setName] = useState(me.user.name);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = personName.safeParse(name);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? 'Check the name.');
    setProblem(null);
    update.mutate({ name: parsed.data });
  };
  const error = problem ?? (update.isError ? errorMessage(update.error) : null);
  return (
    <form className="form form-inline" onSubmit={submit} noValidate>
      <div className="field field-grow">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          autoComplete="name"
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
  );
}

function AvatarForm({ me }: { me: Me }) {
  const id = useId();
  const upload = useUploadAvatar();
  const update = useUpdateProfile();
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
    <div className="avatar-form">
      <div className="image-row">
        <figure className="image-preview">
          {preview ? (
            <img className="avatar" src={preview} alt="Preview of what you chose" width={72} height={72} />
          ) : (
            <Avatar name={me.user.name} image={me.user.image} size={72} />
          )}
          <figcaption className="muted">
            {preview ? 'New avatar (not saved yet)' : me.user.image ? 'Your avatar' : 'No avatar yet'}
          </figcaption>
        </figure>
        <div className="form">
          <div className="field">
            <label htmlFor={`${id}-file`}>Choose an avatar</label>
            <input
              id={`${id}-file`}
              type="file"
              accept={IMAGE_TYPES.join(',')}
              aria-describedby={`${id}-hint`}
              onChange={(e) => choose(e.target.files?.[0])}
            />
            <p className="field-hint" id={`${id}-hint`}>
              PNG, JPEG or GIF, at most 2 MB.
            </p>
          </div>
          <div className="dialog-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={!file || upload.isPending}
              onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })}
            >
              {upload.isPending ? 'Uploading…' : 'Upload avatar'}
            </button>
            {me.user.image && !file && (
              <button
                type="button"
                className="button"
                disabled={update.isPending}
                onClick={() => update.mutate({ image: null })}
              >
                Remove avatar
              </button>
            )}
          </div>
        </div>
      </div>
      <p className="field-hint" role="status">
        {upload.isSuccess && 'Avatar saved.'}
        {update.isSuccess && 'Avatar removed.'}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
