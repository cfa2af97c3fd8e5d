/**
 * Readiness of every cluster, with helix composition, from the rosters. It reads every
 * organisation and membership (at 100,000 organisations: seconds, and a long task to
 * deserialise them), so the readiness page asks the bulk worker (`readiness` task,
 * `useReadiness` in features/readiness/) and shows the last answer while a newer one is computed.
 */
import {
  defaultReadinessSettings,
  evaluateReadiness,
  helixComposition,
  type ClusterMember,
  type ClusterReadiness,
  type HelixComposition,
} from '../../src-core/analysis';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

export interface ClusterReadinessRow extends ClusterReadiness {
  readonly name: string;
  readonly country: string;
  readonly composition: HelixComposition;
}

/** The tables readiness is computed from: a commit to one of them means asking again. */
export const READINESS_TABLES = ['clusters', 'memberships', 'organisations', 'settings'] as const;

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
