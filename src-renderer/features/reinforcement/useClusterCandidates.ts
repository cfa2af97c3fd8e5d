/** A cluster's ranked candidates (db/reinforcement-candidates.ts), computed in the bulk worker. */
import { useMemo } from 'react';
import { useWorkspace } from '../../db/provider';
import {
  CANDIDATE_TABLES,
  withStages,
  type StagedCandidate,
} from '../../db/reinforcement-candidates';
import type { PipelineItem } from '../../db/reinforcement-queries';
import { todayIso } from '../../ui/today';
import { useWorkerAnswer } from '../../ui/useWorkerAnswer';

export interface CandidatesAnswer {
  /** Undefined until the first ranking about this cluster. */
  readonly candidates: readonly StagedCandidate[] | undefined;
  readonly organisationNames: Readonly<Record<string, string>>;
  /** A newer ranking is being computed (the roster changed since this one). */
  readonly updating: boolean;
}

const NO_NAMES: Readonly<Record<string, string>> = {};

/**
 * The ranking from the worker, each candidate with its stage from `pipeline` — the page's live
 * read — so adding one to the pipeline shows at once, not after the next ranking.
 */
export function useClusterCandidates(
  clusterId: string,
  pipeline: readonly PipelineItem[] | undefined,
): CandidatesAnswer {
  const { db } = useWorkspace();
  const { answer, updating } = useWorkerAnswer(
    { kind: 'cluster-candidates', dbName: db.name, clusterId, today: todayIso() },
    CANDIDATE_TABLES,
    clusterId,
  );
  const candidates = useMemo(
    () => answer && withStages(answer.candidates, pipeline ?? []),
    [answer, pipeline],
  );
  return { candidates, organisationNames: answer?.organisationNames ?? NO_NAMES, updating };
}
