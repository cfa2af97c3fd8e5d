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
import {
  clusterGaps,
  compositionAsOf,
  knowledgeShareOf,
  type ClusterGaps,
} from '../../src-core/reinforcement';
import { useWorkspace } from './provider';
import { readByIds, readWhereAnyOf } from './read-many';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

export interface PipelineItem {
  readonly entry: RecruitmentRecord;
  readonly organisation: Pick<OrganisationRecord, 'id' | 'name' | 'type' | 'country'> | null;
  readonly activities: readonly RecruitmentActivityRecord[];
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
  readonly pipeline: readonly PipelineItem[];
  readonly plan: ReinforcementPlanRecord | null;
  /** Segment id → "Value chain › Segment", for the gaps and candidate explanations. */
  readonly segmentNames: Readonly<Record<string, string>>;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** One cluster's memberships with their organisations (those found). */
function membersOf(
  memberships: readonly MembershipRecord[],
  organisationById: ReadonlyMap<string, OrganisationRecord>,
): (ClusterMember & { membership: MembershipRecord })[] {
  const members: (ClusterMember & { membership: MembershipRecord })[] = [];
  for (const membership of memberships) {
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
  const [cluster, memberships, valueChains, target, entries, plans] = await Promise.all([
    db.clusters.get(clusterId),
    db.memberships.where('clusterId').equals(clusterId).toArray(),
    db.valueChains.toArray(),
    readSetting(db, 'knowledgeShareTarget'),
    db.recruitments.where('clusterId').equals(clusterId).toArray(),
    db.reinforcementPlans.where('clusterId').equals(clusterId).toArray(),
  ]);
  if (!cluster) return null;
  const live = entries.filter((entry) => !entry.deleted);
  const [organisationById, activities] = await Promise.all([
    readByIds(db.organisations, [
      ...memberships.map((membership) => membership.organisationId),
      ...live.map((entry) => entry.organisationId),
    ]),
    readWhereAnyOf(
      db.recruitmentActivities,
      'recruitmentId',
      live.map((entry) => entry.id),
    ),
  ]);
  const members = membersOf(memberships, organisationById);
  const composition = helixComposition(members, { today });
  const knowledgeShareTarget = target ?? defaultReadinessSettings.knowledgeShareTarget;
  const segmentNames: Record<string, string> = {};
  for (const chain of valueChains) {
    for (const segment of chain.segments) {
      segmentNames[`${chain.id}/${segment.key}`] = `${chain.name} › ${segment.name}`;
    }
  }
  const activitiesOf = groupBy(
    activities.filter((activity) => !activity.deleted),
    (activity) => activity.recruitmentId,
  );
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
    gaps: clusterGaps({
      clusterId,
      organisations: [...organisationById.values()],
      memberships,
      today,
    }),
    pipeline,
    plan: plans.find((plan) => !plan.deleted) ?? null,
    segmentNames,
  };
}

/**
 * One cluster's side of step 1, read for that cluster only (its memberships, members, pipeline
 * and plan: fast at 100k organisations). The candidates, which need the whole roster, come from
 * the bulk worker (`useClusterCandidates`, reinforcement-candidates.ts).
 */
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
  // Grouped by cluster once: filtering every table per cluster was clusters × records.
  const membershipsOf = groupBy(memberships, (m) => m.clusterId);
  const entriesOf = groupBy(
    entries.filter((e) => !e.deleted),
    (e) => e.clusterId,
  );
  const planOf = new Map<string, ReinforcementPlanRecord>();
  for (const plan of plans)
    if (!plan.deleted && !planOf.has(plan.clusterId)) planOf.set(plan.clusterId, plan);
  return clusters
    .filter((cluster) => !cluster.deleted)
    .map((cluster) => {
      const members = membersOf(membershipsOf.get(cluster.id) ?? [], organisationById);
      const composition = helixComposition(members, { today });
      const mine = entriesOf.get(cluster.id) ?? [];
      const plan = planOf.get(cluster.id) ?? null;
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
