import { useQuery } from '@tanstack/react-query';
import { Loading } from '../layout/status.tsx';

/** The invite link as a QR code (SVG), shown and downloadable, for phones at the office. */
export function QrCode({ url, organizationName }: { url: string; organizationName: string }) {
  const svg = useQuery({
    queryKey: ['qr', url],
    // Loaded on demand: only owners and admins ever see a QR code.
    queryFn: async () => {
      const QRCode = await import('qrcode');
      return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (svg.isPending) return <Loading label="Drawing the QR code…" />;
  if (svg.isError) return <p className="form-error">The QR code could not be drawn.</p>;
  const dataUrl = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.data)}`;
  const fileName = `${organizationName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'roster'}-invite-qr.svg`;
  return (
    <figure className="qr">
      <img
        className="qr-image"
        data-testid="invite-qr"
        src={dataUrl}
        alt={`QR code that opens the invite link to ${organizationName}`}
        width={176}
        height={176}
      />
      <figcaption>
        <span className="muted">Scan to open the invite on a phone.</span>
        <a className="button" href={dataUrl} download={fileName}>
          Download QR code (SVG)
        </a>
      </figcaption>
    </figure>
  );
}
