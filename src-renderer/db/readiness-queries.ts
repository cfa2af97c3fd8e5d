/** Live readiness of every cluster, with helix composition, from the rosters. */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  defaultReadinessSettings,
  evaluateReadiness,
  helixComposition,
  type ClusterMember,
  type ClusterReadiness,
  type HelixComposition,
} from '../../src-core/analysis';
import { useWorkspace } from './provider';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

export interface ClusterReadinessRow extends ClusterReadiness {
  readonly name: string;
  readonly country: string;
  readonly composition: HelixComposition;
}

export interface ReadinessView {
  readonly knowledgeShareTarget: number;
  readonly rows: readonly ClusterReadinessRow[];
}

export async function queryReadiness(db: StudioDb, today: string): Promise<ReadinessView> {
  const [clusters, memberships, organisations, target] = await Promise.all([
    db.clusters.toArray(),
    db.memberships.toArray(),
    db.organisations.toArray(),
    readSetting(db, 'knowledgeShareTarget'),
  ]);
  const knowledgeShareTarget = target ?? defaultReadinessSettings.knowledgeShareTarget;
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const membersByCluster = new Map<string, ClusterMember[]>();
  for (const membership of memberships) {
    const organisation = organisationById.get(membership.organisationId);
    if (!organisation) continue;
    const list = membersByCluster.get(membership.clusterId) ?? [];
    list.push({ organisation, membership });
    membersByCluster.set(membership.clusterId, list);
  }
  return {
    knowledgeShareTarget,
    rows: clusters
      .filter((cluster) => !cluster.deleted)
      .map((cluster) => {
        const members = membersByCluster.get(cluster.id) ?? [];
        return {
          clusterId: cluster.id,
          name: cluster.name,
          country: cluster.country,
          ...evaluateReadiness({ cluster, members, settings: { knowledgeShareTarget }, today }),
          composition: helixComposition(members, { today }),
        };
      }),
  };
}

export function useReadiness(today: string): ReadinessView | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryReadiness(db, today), [db, today]);
}
