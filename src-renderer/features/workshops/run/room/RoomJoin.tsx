/**
 * How phones join: the QR code and the short address (an IP address: Android cannot resolve
 * .local names), the room PIN, the network to offer (candidate addresses, Wi-Fi first, with a
 * manual choice), whether the presenter view shows them, and a hint for testing from a phone.
 */
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField } from '../../../../ui/form';
import { shortAddress, type RoomInfo } from '../../../../room/room-source';
import { RoomQr } from './RoomQr';

export function RoomJoin({
  info,
  onChooseAddress,
  onProjector,
  onProjectorChange,
}: {
  info: RoomInfo;
  onChooseAddress: (address: string) => void;
  /** Whether the presenter view shows the QR code, address and PIN. */
  onProjector: boolean;
  onProjectorChange: (shown: boolean) => void;
}) {
  const { t } = useTranslation();
  const joinUrl = info.joinUrl;
  const short = shortAddress(joinUrl);

  return (
    <div className="room-join">
      <RoomQr joinUrl={joinUrl} className="room-qr" alt={t('room.join.qr', { address: short })} />
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
      <CheckboxField
        label={t('room.join.onProjector')}
        hint={t('room.join.onProjectorHint')}
        checked={onProjector}
        onChange={onProjectorChange}
      />
      <details className="room-test">
        <summary>{t('room.join.test')}</summary>
        <p className="field-hint">{t('room.join.testHint')}</p>
      </details>
    </div>
  );
}
