/**
 * What a stage captures, by its kind: one exhaustive switch, so a stage kind added to the method
 * format cannot reach the room without a way to capture its outputs.
 */
import type { Stage } from '../../../../src-core/method';
import type { RunData } from '../../../db/workshop-run';
import { CloseStage, GovernanceStage, RoadmapStage } from './GovernanceStages';
import { MappingStage } from './MappingStage';
import { MatchmakingStage } from './MatchmakingStage';
import { PrioritisationStage } from './PrioritisationStage';
import { CommitmentsStage, RecruitmentPlanStage } from './PlanStages';
import { CandidatesStage, ReadinessStage } from './ReinforcementStages';
import { TextCardsStage } from './TextCardsStage';

export function StageEditor({ data, stage }: { data: RunData; stage: Stage }) {
  switch (stage.kind) {
    case 'scoping':
      return <TextCardsStage data={data} stage={stage} kind="scoping-note" />;
    case 'readiness-review':
      return <ReadinessStage data={data} stage={stage} />;
    case 'gap-analysis':
      // Gaps are named after the segments of the value chain the workshop works on.
      return (
        <TextCardsStage
          data={data}
          stage={stage}
          kind="gap-list"
          segments={data.valueChain?.segments.map((segment) => segment.name) ?? []}
        />
      );
    case 'candidates':
      return <CandidatesStage data={data} stage={stage} />;
    case 'engagement-offer':
      return <TextCardsStage data={data} stage={stage} kind="engagement-offer" />;
    case 'recruitment-plan':
      return <RecruitmentPlanStage data={data} stage={stage} />;
    case 'commitments':
      return <CommitmentsStage data={data} stage={stage} />;
    case 'value-chain-mapping':
      return <MappingStage data={data} stage={stage} />;
    case 'matchmaking':
      return <MatchmakingStage data={data} stage={stage} />;
    case 'prioritisation':
      return <PrioritisationStage data={data} stage={stage} />;
    case 'governance':
      return <GovernanceStage data={data} stage={stage} />;
    case 'roadmap':
      return <RoadmapStage data={data} stage={stage} />;
    case 'close':
      return <CloseStage data={data} stage={stage} />;
    default: {
      const unknown: never = stage;
      return unknown;
    }
  }
}
