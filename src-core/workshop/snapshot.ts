/**
 * One cluster's line of a workshop's readiness snapshot: the figures the room sees (members,
 * knowledge entities and their share, readiness checks passed), computed from the roster at the
 * moment the snapshot is taken and then kept as they were. Pure; shared by the runner and the
 * sample workspace so both freeze the same figures.
 */
import {
  evaluateReadiness,
  helixComposition,
  type ClusterMember,
  type ReadinessCluster,
  type ReadinessSettings,
} from '../analysis';
import type { ClusterRecord } from '../model/entities';

export interface SnapshotRow {
  readonly clusterId: string;
  readonly name: string;
  readonly country: string;
  readonly members: number;
  readonly knowledgeEntities: number;
  readonly knowledgeShare: number;
  readonly checksPassed: number;
  readonly checksTotal: number;
}

export function snapshotRow(
  cluster: ReadinessCluster & Pick<ClusterRecord, 'id' | 'name' | 'country'>,
  members: readonly ClusterMember[],
  today: string,
  settings: Partial<ReadinessSettings> = {},
): SnapshotRow {
  const readiness = evaluateReadiness({ cluster, members, settings, today });
  const composition = helixComposition(members, { today });
  const knowledge = composition.byHelix.knowledge;
  return {
    clusterId: cluster.id,
    name: cluster.name,
    country: cluster.country,
    members: composition.total,
    knowledgeEntities: knowledge,
    knowledgeShare: composition.total > 0 ? knowledge / composition.total : 0,
    checksPassed: readiness.passed,
    checksTotal: readiness.total,
  };
}
