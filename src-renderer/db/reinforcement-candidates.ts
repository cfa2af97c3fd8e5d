/**
 * Who could fill a cluster's gaps (method step 1), ranked with each score explained. It needs the
 * whole roster — every organisation, membership and contact — so it is computed in the bulk worker
 * (`useClusterCandidates`): at 100k organisations the read alone takes seconds, which the page
 * spends answering instead (issue 18). The stage of each candidate's pipeline entry is not here:
 * the page takes it from its own live pipeline, so "Add" turns into the stage at once.
 */
import { rankCandidates, type Candidate } from '../../src-core/reinforcement';
import type { OrganisationRecord } from '../../src-core/model/entities';
import type { RecruitmentStage } from '../../src-core/model/enums';
import type { PipelineItem } from './reinforcement-queries';
import type { StudioDb } from './schema';

const CANDIDATE_LIMIT = 25;

export interface CandidateRow extends Candidate {
  readonly name: string;
  readonly type: OrganisationRecord['type'];
  readonly country: string;
}

export interface StagedCandidate extends CandidateRow {
  /** The stage of this organisation's pipeline entry with the cluster, if it has one. */
  readonly stage: RecruitmentStage | null;
}

export interface ClusterCandidates {
  readonly candidates: readonly CandidateRow[];
  /** Organisation id → name, for explanations that name member companies. */
  readonly organisationNames: Readonly<Record<string, string>>;
}

/** The tables the ranking reads: a commit to one of them asks for it again. */
export const CANDIDATE_TABLES = ['clusters', 'organisations', 'memberships', 'contacts'] as const;

export async function queryClusterCandidates(
  db: StudioDb,
  clusterId: string,
  today: string,
): Promise<ClusterCandidates> {
  const [clusters, organisations, memberships, contacts] = await Promise.all([
    db.clusters.toArray(),
    db.organisations.toArray(),
    db.memberships.toArray(),
    db.contacts.toArray(),
  ]);
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const candidates = rankCandidates(
    { clusterId, clusters, organisations, memberships, contacts, today },
    { limit: CANDIDATE_LIMIT },
  ).map((candidate) => {
    const organisation = organisationById.get(candidate.organisationId);
    return {
      ...candidate,
      name: organisation?.name ?? candidate.organisationId,
      type: organisation?.type ?? 'other',
      country: organisation?.country ?? '',
    };
  });
  const organisationNames: Record<string, string> = {};
  for (const candidate of candidates) {
    for (const factor of candidate.factors) {
      if (factor.kind !== 'partners') continue;
      for (const id of factor.companyIds)
        organisationNames[id] = organisationById.get(id)?.name ?? id;
    }
  }
  return { candidates, organisationNames };
}

/** Each candidate with the stage of its entry in `pipeline` (the page's live read), if any. */
export function withStages(
  candidates: readonly CandidateRow[],
  pipeline: readonly PipelineItem[],
): StagedCandidate[] {
  const stageOf = new Map(pipeline.map((item) => [item.entry.organisationId, item.entry.stage]));
  return candidates.map((candidate) => ({
    ...candidate,
    stage: stageOf.get(candidate.organisationId) ?? null,
  }));
}
