/**
 * The QR code of a room's join address, drawn in the page (no network involved): on the Room
 * panel of the Run view and, large, on the presenter view.
 */
import { useEffect, useState } from 'react';
import { qrSvgOf } from '../../../../room/room-source';

export function RoomQr({
  joinUrl,
  alt,
  className,
}: {
  joinUrl: string;
  alt: string;
  className: string;
}) {
  const [qr, setQr] = useState<{ url: string; svg: string } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void qrSvgOf(joinUrl).then((svg) => {
      if (isCurrent) setQr({ url: joinUrl, svg });
    });
    return () => {
      isCurrent = false;
    };
  }, [joinUrl]);
  if (qr?.url !== joinUrl) return null;
  return (
    <img
      className={className}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.svg)}`}
      alt={alt}
      data-join-url={joinUrl}
    />
  );
}
