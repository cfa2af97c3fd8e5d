/**
 * Walk-ins asking from their phones to join: the facilitator lets each in — added as a walk-in
 * participant, checked in at once, with the organisation they typed (a new one, in the
 * workshop's country) or one already taking part — or turns them away.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../../db/provider';
import { addWalkIn } from '../../../../db/workshop-walk-ins';
import type { RunData } from '../../../../db/workshop-run';
import { useWorkshopCountry } from '../../../../db/workshops';
import type { WalkInRequest } from '../../../../room/useRoomHost';
import { SelectField } from '../../../../ui/form';
import { useNotifyError } from '../../../../ui/useNotifyError';
import { useStudioStore } from '../../../../state/store';

const NEW = 'new';

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;
}

function WalkInRow({
  data,
  request,
  country,
  onAdmit,
  onTurnAway,
}: {
  data: RunData;
  request: WalkInRequest;
  country: string | null;
  onAdmit: (participantId: string, name: string) => void;
  onTurnAway: () => void;
}) {
  const { t } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  const known = [
    ...new Map(
      data.participants.flatMap((p) => {
        const organisation = data.organisations.get(p.record.organisationId);
        return organisation ? [[organisation.id, organisation] as const] : [];
      }),
    ).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const typed = request.organisation.trim();
  const canCreate = typed !== '' && country !== null;
  const match = known.find((organisation) => sameName(organisation.name, typed));
  const [choice, setChoice] = useState(match?.id ?? (canCreate ? NEW : ''));
  const [busy, setBusy] = useState(false);
  const label = typed
    ? t('room.walkIns.request', { name: request.name, organisation: typed })
    : t('room.walkIns.requestNoOrganisation', { name: request.name });

  async function admit() {
    if (choice === '' || busy) return;
    setBusy(true);
    try {
      const { participant } = await addWalkIn(
        db,
        repositories,
        data.workshop.id,
        {
          givenName: request.name,
          familyName: '',
          email: null,
          organisationId: choice === NEW ? null : choice,
          newOrganisation:
            choice === NEW ? { name: typed, type: 'other', country: country ?? '' } : null,
        },
        new Date(),
      );
      onAdmit(participant.id, request.name.trim());
      notify({ tone: 'success', message: t('room.walkIns.admitted', { name: request.name }) });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="room-walk-in">
      <span className="room-walk-in-name">{label}</span>
      <SelectField
        label={t('room.walkIns.organisation', { name: request.name })}
        value={choice}
        emptyLabel={t('room.walkIns.chooseOrganisation')}
        options={[
          ...(canCreate
            ? [{ value: NEW, label: t('room.walkIns.newOrganisation', { name: typed }) }]
            : []),
          ...known.map((organisation) => ({ value: organisation.id, label: organisation.name })),
        ]}
        onChange={setChoice}
        hint={typed !== '' && country === null ? t('room.walkIns.noCountry') : undefined}
      />
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={choice === '' || busy}
          onClick={() => void admit()}
        >
          {t('room.walkIns.admit', { name: request.name })}
        </button>
        <button type="button" disabled={busy} onClick={onTurnAway}>
          {t('room.walkIns.turnAway', { name: request.name })}
        </button>
      </div>
    </li>
  );
}

export function RoomWalkIns({
  data,
  requests,
  onAdmit,
  onTurnAway,
}: {
  data: RunData;
  requests: readonly WalkInRequest[];
  onAdmit: (request: WalkInRequest, participantId: string, name: string) => void;
  onTurnAway: (request: WalkInRequest) => void;
}) {
  const { t } = useTranslation();
  const workshopCountry = useWorkshopCountry(data.workshop.id);
  const country = workshopCountry ?? data.clusters[0]?.country ?? null;
  return (
    <div className="room-walk-ins">
      <h4>{t('room.walkIns.title')}</h4>
      {requests.length === 0 ? (
        <p className="field-hint">{t('room.walkIns.none')}</p>
      ) : (
        <ul>
          {requests.map((request) => (
            <WalkInRow
              key={request.requestId}
              data={data}
              request={request}
              country={country}
              onAdmit={(participantId, name) => onAdmit(request, participantId, name)}
              onTurnAway={() => onTurnAway(request)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
