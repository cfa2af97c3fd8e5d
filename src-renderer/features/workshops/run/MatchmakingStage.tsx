/**
 * Stage 4 of the meta-cluster workshop, complementarity and matchmaking, as the facilitator runs it
 * on the laptop at the projector: offers and needs captured on cards, suggested cross-country
 * pairs to keep, and the B2B schedule of tables × slots built from the kept pairs.
 */
import { useMemo } from 'react';
import type { Stage } from '../../../../src-core/method';
import type { OrganisationRecord } from '../../../../src-core/model/entities';
import type { RunData } from '../../../db/workshop-run';
import { CardsSection } from './matchmaking-cards';
import { PairsSection } from './matchmaking-pairs';
import { ScheduleSection } from './matchmaking-schedule';
import './stages.css';

/**
 * The organisations in the room: those with a registered participant, or, before anyone is
 * registered, the member organisations of the clusters taking part. By name.
 */
function roomOrganisations(data: RunData): OrganisationRecord[] {
  const registered = new Set(data.participants.map((p) => p.record.organisationId));
  const pool =
    registered.size > 0
      ? [...registered].flatMap((id) => data.organisations.get(id) ?? [])
      : [...data.organisations.values()];
  return pool
    .filter((organisation) => !organisation.deleted)
    .sort((x, y) => x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1));
}

export function MatchmakingStage({
  data,
  stage,
}: {
  data: RunData;
  stage: Extract<Stage, { kind: 'matchmaking' }>;
}) {
  const organisations = useMemo(() => roomOrganisations(data), [data]);
  return (
    <div className="stage-editor" data-stage-kind="matchmaking">
      <CardsSection data={data} stageId={stage.id} organisations={organisations} />
      <PairsSection data={data} stageId={stage.id} organisations={organisations} />
      <ScheduleSection data={data} stage={stage} />
    </div>
  );
}
