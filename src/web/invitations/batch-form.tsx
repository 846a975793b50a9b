import { useEffect, useId, useState } from 'react';
import {
  type BatchReport,
  MAX_INVITATION_BATCH,
  MAX_INVITATION_BODY_BYTES,
} from '../../contracts/invitations.ts';
import { ApiError, errorMessage } from '../lib/api.ts';
import { BatchSummary } from './batch-summary.tsx';
import { usePreviewBatch, useSendBatch } from './queries.ts';

/**
 * Paste or upload addresses, check them (per-line report, free seats, who has Plus), then
 * send. Addresses invited less than a day ago need a second, explicit click (decision 0030).
 */
export function BatchForm({
  orgId,
  seatsTotal,
  onAddSeats,
}: {
  orgId: string;
  /** The organization's seats as shown: after Add seats, the last check is done again. */
  seatsTotal: number;
  /** Opens the seat dialog; absent for admins, who cannot change seats. */
  onAddSeats: (() => void) | undefined;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const preview = usePreviewBatch(orgId);
  const send = useSendBatch(orgId);
  const report: BatchReport | undefined = preview.data;
  const stale = report !== undefined && report.seats.total !== seatsTotal;
  const { mutate } = preview;
  useEffect(() => {
    if (stale) mutate(text);
  }, [stale, mutate, text]);

  const changed = (value: string) => {
    setText(value);
    preview.reset();
    setConfirming(false);
  };
  const check = () => {
    send.reset();
    setConfirming(false);
    preview.mutate(text);
  };
  const submit = (confirmRepeat: boolean) => {
    send.mutate(
      { addresses: text, ...(confirmRepeat && { confirmRepeat: true }) },
      {
        onSuccess: () => {
          setText('');
          preview.reset();
          setConfirming(false);
        },
        onError: (error) => {
          // Someone else mailed them meanwhile: ask, as for a batch checked with repeats.
          if (error instanceof ApiError && error.code === 'INVITATION_SENT_RECENTLY') setConfirming(true);
        },
      },
    );
  };
  const upload = async (file: File | undefined) => {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_INVITATION_BODY_BYTES) {
      setFileError(
        `${file.name} is larger than 256 KB; split it into batches of ${MAX_INVITATION_BATCH} addresses.`,
      );
      return;
    }
    changed(await file.text());
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Invite by e-mail
      </h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-addresses`}>Addresses</label>
          <textarea
            id={`${id}-addresses`}
            rows={6}
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => changed(event.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            One address a line, or CSV; up to {MAX_INVITATION_BATCH} at a time. Each gets one e-mail with the
            invite link.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>Or upload a CSV file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(event) => void upload(event.target.files?.[0])}
          />
          {fileError && (
            <p className="form-error" role="alert">
              {fileError}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={text.trim() === '' || preview.isPending}>
            {preview.isPending ? 'Checking…' : 'Check addresses'}
          </button>
        </div>
      </form>
      {preview.isError && (
        <p className="banner banner-error" role="alert">
          {errorMessage(preview.error)}
        </p>
      )}
      {send.isSuccess && (
        <p className="banner banner-success" role="status">
          {send.data.sent === 1 ? 'Sent 1 invitation.' : `Sent ${send.data.sent} invitations.`}
        </p>
      )}
      {report && (
        <BatchSummary
          report={report}
          onAddSeats={onAddSeats}
          confirming={confirming}
          sending={send.isPending}
          error={send.isError && !confirming ? errorMessage(send.error) : null}
          onSend={() => (report.sentRecently > 0 ? setConfirming(true) : submit(false))}
          onConfirm={() => submit(true)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
