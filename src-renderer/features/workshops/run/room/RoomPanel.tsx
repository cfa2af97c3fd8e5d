/**
 * The Room panel of the Run view (issue 15): open or close the room, how phones join (QR code,
 * address, PIN, network), what phones can do now at this stage, live counts, and walk-ins asking
 * to join. While the room is open, this page is its host: every phone submission is written here
 * through the command layer (room/useRoomHost.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../../src-core/method';
import {
  phoneModeAt,
  phoneModesOf,
  type PhoneMode,
} from '../../../../../src-core/room/phone-modes';
import type { RunData } from '../../../../db/workshop-run';
import {
  projectorChoice,
  setProjectorChoice,
  useShareJoin,
} from '../../../../room/room-join-share';
import type { RoomInfo } from '../../../../room/room-source';
import { useRoomHost } from '../../../../room/useRoomHost';
import { useRoomSource } from '../../../../room/useRoomSource';
import { enumOptions, SelectField } from '../../../../ui/form';
import { useNotifyError } from '../../../../ui/useNotifyError';
import { RoomCounts } from './RoomCounts';
import { RoomJoin } from './RoomJoin';
import { RoomWalkIns } from './RoomWalkIns';
import './room.css';

const modeKey = (workshopId: string, stageId: string) => `room.mode.${workshopId}.${stageId}`;

/** The facilitator's choice of what phones do at a stage, kept across reloads of the page. */
function usePhoneMode(workshopId: string, stage: Stage): [PhoneMode, (mode: PhoneMode) => void] {
  const key = modeKey(workshopId, stage.id);
  const [stored, setStored] = useState<{ key: string; mode: string | null }>(() => ({
    key,
    mode: localStorage.getItem(key),
  }));
  const current = stored.key === key ? stored.mode : localStorage.getItem(key);
  const set = (mode: PhoneMode) => {
    localStorage.setItem(key, mode);
    setStored({ key, mode });
  };
  return [phoneModeAt(stage, current), set];
}

function OpenRoom({
  data,
  stage,
  info,
  language,
  onClose,
  onChooseAddress,
}: {
  data: RunData;
  stage: Stage;
  info: RoomInfo;
  language: string;
  onClose: () => void;
  onChooseAddress: (address: string) => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = usePhoneMode(data.workshop.id, stage);
  const host = useRoomHost(info, data, stage, mode, language);
  const workshopId = data.workshop.id;
  const [onProjector, setOnProjector] = useState(() => projectorChoice(workshopId));
  const chooseProjector = (shown: boolean) => {
    setProjectorChoice(workshopId, shown);
    setOnProjector(shown);
  };
  useShareJoin(workshopId, { joinUrl: info.joinUrl, pin: info.pin, onProjector });
  return (
    <>
      <p className={`room-status room-status-${host.status}`} role="status">
        {t(`room.status.${host.status}`)}
      </p>
      <RoomJoin
        info={info}
        onChooseAddress={onChooseAddress}
        onProjector={onProjector}
        onProjectorChange={chooseProjector}
      />
      <SelectField
        label={t('room.mode.label')}
        value={mode}
        options={enumOptions(phoneModesOf(stage), (value) => t(`room.mode.${value}`))}
        onChange={(value) => setMode(phoneModeAt(stage, value))}
      />
      <RoomCounts
        workshopId={data.workshop.id}
        order={data.order}
        connected={host.connected}
        joined={host.joined}
        invalid={host.invalid}
      />
      <RoomWalkIns
        data={data}
        requests={host.walkIns}
        onAdmit={host.admit}
        onTurnAway={host.turnAway}
      />
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('room.stop')}
        </button>
      </div>
    </>
  );
}

export function RoomPanel({ data, stage }: { data: RunData; stage: Stage }) {
  const { t, i18n } = useTranslation();
  const language = data.workshop.languages[0] ?? i18n.language;
  const source = useRoomSource(data.workshop.id, language);
  const notifyError = useNotifyError();
  return (
    <section className="card room-panel" aria-labelledby="room-title">
      <h3 id="room-title">{t('room.title')}</h3>
      {source.info === null ? (
        <>
          <p className="field-hint">{t('room.intro')}</p>
          {source.state === 'unavailable' ? (
            <p className="field-hint">
              {t(source.isBrowser ? 'room.webHint' : 'room.notAvailable')}
            </p>
          ) : (
            <div className="button-row">
              <button
                type="button"
                className="button-primary"
                disabled={source.state === 'starting'}
                onClick={() => void source.start().catch(notifyError)}
              >
                {source.state === 'starting' ? t('room.starting') : t('room.start')}
              </button>
            </div>
          )}
        </>
      ) : (
        <OpenRoom
          data={data}
          stage={stage}
          info={source.info}
          language={language}
          onClose={() => void source.stop().catch(notifyError)}
          onChooseAddress={(address) => void source.chooseAddress(address).catch(notifyError)}
        />
      )}
    </section>
  );
}
