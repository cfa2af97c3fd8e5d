/**
 * Stage 5 of the meta-cluster workshop, opportunities and prioritisation, as the facilitator runs
 * it at the projector: idea cards grouped by theme, dot voting (own dots, proxy dots for people
 * without a phone, paper tallies per table) with results hidden until revealed, and the
 * impact × feasibility grid.
 */
import { useMemo } from 'react';
import type { Stage } from '../../../../src-core/method';
import type { IdeaRef } from '../../../../src-core/workshop/votes';
import type { StoredVote } from '../../../../src-core/workshop/stage-logic';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { IdeasSection } from './prioritisation-ideas';
import { ResultsSection } from './prioritisation-results';
import { ScoresSection } from './prioritisation-scores';
import { VotingSection } from './prioritisation-voting';
import './stages.css';

export function PrioritisationStage({
  data,
  stage,
}: {
  data: RunData;
  stage: Extract<Stage, { kind: 'prioritisation' }>;
}) {
  const ideas = useMemo<IdeaRef[]>(
    () =>
      entriesOfKind(data.entries, 'idea-cards').map((record) => ({
        id: record.id,
        text: record.entry.text,
        theme: record.entry.theme,
      })),
    [data.entries],
  );
  // Dots on a removed idea count nowhere (not even against the voter's budget) until it is restored.
  const votes = useMemo<StoredVote[]>(() => {
    const ideaIds = new Set(ideas.map((idea) => idea.id));
    return entriesOfKind(data.entries, 'dot-votes')
      .filter((record) => ideaIds.has(record.entry.ideaId))
      .map((record) => ({
        id: record.id,
        ideaId: record.entry.ideaId,
        dots: record.entry.dots,
        source: record.entry.source,
        voterId: record.entry.voterId,
        table: record.entry.table,
      }));
  }, [data.entries, ideas]);
  const isRevealed = data.workshop.run.revealed.includes(stage.id);
  return (
    <div className="stage-editor" data-stage-kind="prioritisation">
      <IdeasSection data={data} stageId={stage.id} ideas={ideas} />
      <VotingSection data={data} stage={stage} ideas={ideas} votes={votes} />
      <ResultsSection
        data={data}
        stageId={stage.id}
        ideas={ideas}
        votes={votes}
        isRevealed={isRevealed}
      />
      <ScoresSection data={data} stageId={stage.id} ideas={ideas} />
    </div>
  );
}
