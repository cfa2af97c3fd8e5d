/**
 * The presenter view's room size, set from the run view (the facilitator's laptop) while the
 * projector shows the presenter window: the text scales at once there. 100 % is sized for a
 * 15 m room at 1920×1080 (40 px text); + and − on the presenter screen do the same.
 */
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../i18n/format';
import { SelectField } from '../../../ui/form';
import { ROOM_SIZES, setRoomSize, useRoomSize } from './presenter-pages';

export function RoomSizeField() {
  const { t, i18n } = useTranslation();
  const size = useRoomSize();
  return (
    <div className="run-room-size">
      <SelectField
        name="roomSize"
        label={t('runner.present.roomSize')}
        hint={t('runner.present.roomSizeHint')}
        value={String(size)}
        options={ROOM_SIZES.map((scale) => ({
          value: String(scale),
          label: formatPercent(scale, i18n.language),
        }))}
        onChange={(value) => setRoomSize(Number(value))}
      />
    </div>
  );
}
