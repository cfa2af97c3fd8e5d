/**
 * How phones join: the QR code and the short address (an IP address: Android cannot resolve
 * .local names), the room PIN, the network to offer (candidate addresses, Wi-Fi first, with a
 * manual choice) and a hint for testing from a phone.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../ui/form';
import { qrSvgOf, shortAddress, type RoomInfo } from '../../../../room/room-source';

export function RoomJoin({
  info,
  onChooseAddress,
}: {
  info: RoomInfo;
  onChooseAddress: (address: string) => void;
}) {
  const { t } = useTranslation();
  const joinUrl = info.joinUrl;
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
  const short = shortAddress(joinUrl);

  return (
    <div className="room-join">
      {qr?.url === joinUrl && (
        <img
          className="room-qr"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.svg)}`}
          alt={t('room.join.qr', { address: short })}
          data-join-url={joinUrl}
        />
      )}
      <dl className="room-join-facts">
        <div>
          <dt>{t('room.join.address')}</dt>
          <dd className="room-big" data-testid="room-address">
            {short}
          </dd>
        </div>
        <div>
          <dt>{t('room.join.pin')}</dt>
          <dd className="room-big room-pin" data-testid="room-pin">
            {info.pin}
          </dd>
        </div>
      </dl>
      {info.addresses.length > 1 && (
        <SelectField
          label={t('room.join.network')}
          hint={t('room.join.networkHint')}
          value={info.address}
          options={info.addresses.map((candidate) => ({
            value: candidate.address,
            label: candidate.interfaceName
              ? `${candidate.address} (${candidate.interfaceName})`
              : candidate.address,
          }))}
          onChange={onChooseAddress}
        />
      )}
      <details className="room-test">
        <summary>{t('room.join.test')}</summary>
        <p className="field-hint">{t('room.join.testHint')}</p>
      </details>
    </div>
  );
}
