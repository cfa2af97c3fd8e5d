/** Live-query hooks: features read the database only through these, and re-render on change. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ClusterRecord } from '../../src-core/model/entities';
import type { SettingKey, SettingValue } from '../../src-core/model/workspace';
import { useWorkspace } from './provider';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

export interface ClusterRow {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly region: string | null;
  readonly valueChains: readonly string[];
  readonly memberCount: number;
  readonly isSample: boolean;
}

export async function queryClusterRows(db: StudioDb): Promise<ClusterRow[]> {
  const [clusters, valueChains, memberships] = await Promise.all([
    db.clusters.toArray(),
    db.valueChains.toArray(),
    db.memberships.where('status').equals('member').toArray(),
  ]);
  const chainNames = new Map(valueChains.filter((v) => !v.deleted).map((v) => [v.id, v.name]));
  const members = new Map<string, number>();
  for (const membership of memberships) {
    if (membership.deleted) continue;
    members.set(membership.clusterId, (members.get(membership.clusterId) ?? 0) + 1);
  }
  return clusters
    .filter((cluster: ClusterRecord) => !cluster.deleted)
    .map((cluster) => ({
      id: cluster.id,
      name: cluster.name,
      country: cluster.country,
      region: cluster.region,
      valueChains: cluster.valueChainIds.flatMap((id) => chainNames.get(id) ?? []),
      memberCount: members.get(cluster.id) ?? 0,
      isSample: cluster.origin === 'sample',
    }));
}

export function useClusterRows(): ClusterRow[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryClusterRows(db), [db]);
}

export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined | null {
  const { db } = useWorkspace();
  // null while loading, undefined when the setting is absent.
  return useLiveQuery(() => readSetting(db, key), [db, key], null);
}
