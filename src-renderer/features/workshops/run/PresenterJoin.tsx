/**
 * How to join the room, on the projector (issue 15): the QR code, the short address and the PIN,
 * shown while the facilitator's Run view hosts an open room and has "Show on the projector" on
 * (src-renderer/room/room-join-share.ts). Nothing when there is no room.
 */
import { useTranslation } from 'react-i18next';
import { useSharedJoin } from '../../../room/room-join-share';
import { shortAddress } from '../../../room/room-source';
import { RoomQr } from './room/RoomQr';

export function PresenterJoin({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const join = useSharedJoin(workshopId);
  if (join === null || !join.onProjector) return null;
  const address = shortAddress(join.joinUrl);
  return (
    <aside className="presenter-join" aria-labelledby="presenter-join-title">
      <RoomQr
        joinUrl={join.joinUrl}
        className="presenter-join-qr"
        alt={t('runner.present.joinQr', { address })}
      />
      <div>
        <p id="presenter-join-title" className="presenter-join-title">
          {t('runner.present.joinTitle')}
        </p>
        <dl className="presenter-join-facts">
          <div>
            <dt>{t('runner.present.joinAddress')}</dt>
            <dd data-testid="presenter-join-address">{address}</dd>
          </div>
          <div>
            <dt>{t('runner.present.joinPin')}</dt>
            <dd data-testid="presenter-join-pin">{join.pin}</dd>
          </div>
        </dl>
      </div>
    </aside>
  );
}
