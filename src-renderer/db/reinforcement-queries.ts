/**
 * Live step-1 views: one cluster's assessment, gaps, ranked candidates, pipeline and plan; and the
 * programme view of every cluster's reinforcement side by side. Read-only; writes are in
 * ./reinforcement.ts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  defaultReadinessSettings,
  evaluateReadiness,
  helixComposition,
  type ClusterMember,
  type HelixComposition,
  type ReadinessResult,
} from '../../src-core/analysis';
import type {
  ClusterRecord,
  MembershipRecord,
  OrganisationRecord,
  RecruitmentActivityRecord,
  RecruitmentRecord,
  ReinforcementPlanRecord,
} from '../../src-core/model/entities';
import type { RecruitmentStage } from '../../src-core/model/enums';
import {
  clusterGaps,
  compositionAsOf,
  knowledgeShareOf,
  rankCandidates,
  type Candidate,
  type ClusterGaps,
} from '../../src-core/reinforcement';
import { useWorkspace } from './provider';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

export interface PipelineItem {
  readonly entry: RecruitmentRecord;
  readonly organisation: Pick<OrganisationRecord, 'id' | 'name' | 'type' | 'country'> | null;
  readonly activities: readonly RecruitmentActivityRecord[];
}

export interface CandidateRow extends Candidate {
  readonly name: string;
  readonly type: OrganisationRecord['type'];
  readonly country: string;
  /** The stage of this organisation's pipeline entry with the cluster, if it has one. */
  readonly stage: RecruitmentStage | null;
}

export interface ClusterReinforcement {
  readonly cluster: ClusterRecord;
  readonly composition: HelixComposition;
  /** The composition as of `asOf`, when asked. */
  readonly compositionThen: HelixComposition | null;
  readonly knowledgeShare: number;
  readonly knowledgeShareTarget: number;
  readonly readiness: ReadinessResult;
  readonly gaps: ClusterGaps;
  readonly candidates: readonly CandidateRow[];
  readonly pipeline: readonly PipelineItem[];
  readonly plan: ReinforcementPlanRecord | null;
  /** Segment id → "Value chain › Segment", for the gaps and candidate explanations. */
  readonly segmentNames: Readonly<Record<string, string>>;
  /** Organisation id → name, for explanations that name member companies. */
  readonly organisationNames: Readonly<Record<string, string>>;
}

const CANDIDATE_LIMIT = 25;

function membersOf(
  clusterId: string,
  memberships: readonly MembershipRecord[],
  organisationById: ReadonlyMap<string, OrganisationRecord>,
): (ClusterMember & { membership: MembershipRecord })[] {
  const members: (ClusterMember & { membership: MembershipRecord })[] = [];
  for (const membership of memberships) {
    if (membership.clusterId !== clusterId) continue;
    const organisation = organisationById.get(membership.organisationId);
    if (organisation) members.push({ organisation, membership });
  }
  return members;
}

export async function queryClusterReinforcement(
  db: StudioDb,
  clusterId: string,
  today: string,
  asOf: string | null,
): Promise<ClusterReinforcement | null> {
  const [cluster, clusters, organisations, memberships, contacts, valueChains, target] =
    await Promise.all([
      db.clusters.get(clusterId),
      db.clusters.toArray(),
      db.organisations.toArray(),
      db.memberships.toArray(),
      db.contacts.toArray(),
      db.valueChains.toArray(),
      readSetting(db, 'knowledgeShareTarget'),
    ]);
  if (!cluster) return null;
  const [entries, plans] = await Promise.all([
    db.recruitments.where('clusterId').equals(clusterId).toArray(),
    db.reinforcementPlans.where('clusterId').equals(clusterId).toArray(),
  ]);
  const live = entries.filter((entry) => !entry.deleted);
  const activities = await db.recruitmentActivities
    .where('recruitmentId')
    .anyOf(live.map((entry) => entry.id))
    .toArray();
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const members = membersOf(clusterId, memberships, organisationById);
  const composition = helixComposition(members, { today });
  const knowledgeShareTarget = target ?? defaultReadinessSettings.knowledgeShareTarget;
  const stageOf = new Map(live.map((entry) => [entry.organisationId, entry.stage]));
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
      stage: stageOf.get(candidate.organisationId) ?? null,
    };
  });
  const segmentNames: Record<string, string> = {};
  for (const chain of valueChains) {
    for (const segment of chain.segments) {
      segmentNames[`${chain.id}/${segment.key}`] = `${chain.name} › ${segment.name}`;
    }
  }
  const activitiesOf = new Map<string, RecruitmentActivityRecord[]>();
  for (const activity of activities) {
    if (activity.deleted) continue;
    const list = activitiesOf.get(activity.recruitmentId) ?? [];
    list.push(activity);
    activitiesOf.set(activity.recruitmentId, list);
  }
  const pipeline = live.map((entry) => {
    const organisation = organisationById.get(entry.organisationId);
    return {
      entry,
      organisation: organisation
        ? {
            id: organisation.id,
            name: organisation.name,
            type: organisation.type,
            country: organisation.country,
          }
        : null,
      activities: (activitiesOf.get(entry.id) ?? []).sort((a, b) => b.date.localeCompare(a.date)),
    };
  });
  const named = new Set<string>();
  for (const candidate of candidates) {
    for (const factor of candidate.factors) {
      if (factor.kind === 'partners') for (const id of factor.companyIds) named.add(id);
    }
  }
  return {
    cluster,
    composition,
    compositionThen: asOf ? compositionAsOf(members, asOf) : null,
    knowledgeShare: knowledgeShareOf(composition),
    knowledgeShareTarget,
    readiness: evaluateReadiness({
      cluster,
      members,
      settings: { knowledgeShareTarget },
      today,
    }),
    gaps: clusterGaps({ clusterId, organisations, memberships, today }),
    candidates,
    pipeline,
    plan: plans.find((plan) => !plan.deleted) ?? null,
    segmentNames,
    organisationNames: Object.fromEntries(
      [...named].map((id) => [id, organisationById.get(id)?.name ?? id]),
    ),
  };
}

export function useClusterReinforcement(
  clusterId: string,
  today: string,
  asOf: string | null,
): ClusterReinforcement | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    () => queryClusterReinforcement(db, clusterId, today, asOf),
    [db, clusterId, today, asOf],
  );
}

export interface ProgrammeRow {
  readonly clusterId: string;
  readonly name: string;
  readonly country: string;
  readonly knowledgeMembers: number;
  readonly knowledgeShare: number;
  readonly inPipeline: number;
  readonly committed: number;
  /** Entries that reached "member" through the pipeline. */
  readonly recruited: number;
  readonly target: number | null;
  readonly targetDate: string | null;
  /** recruited / target (null without a plan). */
  readonly progress: number | null;
}

export async function queryProgramme(db: StudioDb, today: string): Promise<ProgrammeRow[]> {
  const [clusters, organisations, memberships, entries, plans] = await Promise.all([
    db.clusters.toArray(),
    db.organisations.toArray(),
    db.memberships.toArray(),
    db.recruitments.toArray(),
    db.reinforcementPlans.toArray(),
  ]);
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  return clusters
    .filter((cluster) => !cluster.deleted)
    .map((cluster) => {
      const members = membersOf(cluster.id, memberships, organisationById);
      const composition = helixComposition(members, { today });
      const mine = entries.filter((e) => e.clusterId === cluster.id && !e.deleted);
      const plan = plans.find((p) => p.clusterId === cluster.id && !p.deleted) ?? null;
      const recruited = mine.filter((e) => e.stage === 'member').length;
      const knowledgeMembers = composition.byHelix.knowledge;
      return {
        clusterId: cluster.id,
        name: cluster.name,
        country: cluster.country,
        knowledgeMembers,
        knowledgeShare: knowledgeShareOf(composition),
        inPipeline: mine.filter((e) => e.stage !== 'member' && e.stage !== 'declined').length,
        committed: mine.filter((e) => e.stage === 'committed').length,
        recruited,
        target: plan?.targetKnowledgeEntities ?? null,
        targetDate: plan?.targetDate ?? null,
        progress:
          plan && plan.targetKnowledgeEntities > 0
            ? Math.min(1, recruited / plan.targetKnowledgeEntities)
            : null,
      };
    });
}

export function useProgramme(today: string): ProgrammeRow[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryProgramme(db, today), [db, today]);
}
