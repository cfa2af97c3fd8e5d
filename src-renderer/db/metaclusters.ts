/**
 * Step 2 of the method as reads and writes: meta-clusters with their member clusters, value
 * chains, and the pilot KPIs recorded over time. Writes go through the repositories (clocked,
 * travelling in packages); reads are live queries for the pages.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  ClusterRecord,
  MembershipRecord,
  MetaClusterRecord,
  OrganisationRecord,
  PilotKpiFields,
  PilotKpiRecord,
  ValueChainRecord,
  WorkshopRecord,
} from '../../src-core/model/entities';
import { useWorkspace } from './provider';
import { readByIds, readWhereAnyOf } from './read-many';
import type { Repositories } from './repositories';
import type { StudioDb } from './schema';

export interface MetaClusterRow {
  readonly record: MetaClusterRecord;
  readonly valueChain: string | null;
  readonly countries: readonly string[];
}

const live = <T extends { deleted: boolean }>(rows: readonly T[]): T[] =>
  rows.filter((row) => !row.deleted);

export async function queryMetaClusters(db: StudioDb): Promise<MetaClusterRow[]> {
  const [metaClusters, clusters, valueChains] = await Promise.all([
    db.metaClusters.toArray(),
    db.clusters.toArray(),
    db.valueChains.toArray(),
  ]);
  const countryOf = new Map(clusters.map((c) => [c.id, c.country]));
  const chainName = new Map(valueChains.map((v) => [v.id, v.name]));
  return live(metaClusters)
    .map((record) => ({
      record,
      valueChain: record.valueChainId ? (chainName.get(record.valueChainId) ?? null) : null,
      countries: [
        ...new Set(
          record.members.flatMap((m) => {
            const country = countryOf.get(m.clusterId);
            return country ? [country] : [];
          }),
        ),
      ].sort(),
    }))
    .sort((a, b) => a.record.name.localeCompare(b.record.name));
}

export function useMetaClusters(): MetaClusterRow[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryMetaClusters(db), [db]);
}

/** What a meta-cluster's page reads itself (its analyses: `useMetaClusterAnalysis`). */
export interface MetaClusterWorkspace {
  readonly metaCluster: MetaClusterRecord;
  readonly valueChain: ValueChainRecord | null;
  readonly valueChains: readonly ValueChainRecord[];
  readonly clusters: readonly ClusterRecord[];
  readonly workshops: readonly WorkshopRecord[];
  readonly kpis: readonly PilotKpiRecord[];
}

export async function queryMetaClusterWorkspace(
  db: StudioDb,
  id: string,
): Promise<MetaClusterWorkspace | null> {
  const metaCluster = await db.metaClusters.get(id);
  if (!metaCluster) return null;
  // Not the organisations and memberships: the analyses that read them run in the bulk worker.
  const [valueChains, clusters, workshops, kpis] = await Promise.all([
    db.valueChains.toArray(),
    db.clusters.toArray(),
    db.workshops.where('metaClusterId').equals(id).toArray(),
    db.pilotKpis.where('metaClusterId').equals(id).toArray(),
  ]);
  const chains = live(valueChains);
  return {
    metaCluster,
    valueChain: chains.find((chain) => chain.id === metaCluster.valueChainId) ?? null,
    valueChains: chains,
    clusters: live(clusters),
    workshops: live(workshops).sort((a, b) => a.date.localeCompare(b.date)),
    kpis: live(kpis).sort((a, b) => a.date.localeCompare(b.date) || a.kpi.localeCompare(b.kpi)),
  };
}

export function useMetaClusterWorkspace(id: string): MetaClusterWorkspace | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryMetaClusterWorkspace(db, id), [db, id]);
}

export async function recordKpi(repositories: Repositories, fields: PilotKpiFields): Promise<void> {
  await repositories.pilotKpis.create(fields);
}

export function useValueChainRecords(): ValueChainRecord[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => live(await db.valueChains.toArray()), [db]);
}

/**
 * What the value-chain matrix of one chain is computed from, with the clusters taking part as
 * the matrix page counts them (tagged with the chain: `participation: 'tagged'`, chain-index.ts):
 * every cluster, but only the memberships of the tagged ones and their organisations. The matrix
 * reads nothing else, so it is the same as from whole tables (a test checks it on the sample), and
 * at 100k organisations the page reads a few thousand records instead of 250,000.
 */
export interface MatrixInputs {
  readonly valueChain: ValueChainRecord;
  readonly clusters: readonly ClusterRecord[];
  readonly organisations: readonly OrganisationRecord[];
  readonly memberships: readonly MembershipRecord[];
}

export async function queryMatrixInputs(
  db: StudioDb,
  valueChainId: string,
): Promise<MatrixInputs | null> {
  const [valueChain, clusterRows] = await Promise.all([
    db.valueChains.get(valueChainId),
    db.clusters.toArray(),
  ]);
  if (!valueChain || valueChain.deleted) return null;
  const clusters = live(clusterRows);
  const tagged = clusters.filter((cluster) => cluster.valueChainIds.includes(valueChainId));
  const memberships = await readWhereAnyOf(
    db.memberships,
    'clusterId',
    tagged.map((cluster) => cluster.id),
  );
  const organisations = await readByIds(
    db.organisations,
    memberships.map((membership) => membership.organisationId),
  );
  return { valueChain, clusters, organisations: [...organisations.values()], memberships };
}

export function useMatrixInputs(valueChainId: string): MatrixInputs | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryMatrixInputs(db, valueChainId), [db, valueChainId]);
}

/**
 * Tag many records at once (the rows a roster list's search and filters leave): organisations
 * with a value-chain segment ("<valueChainId>/<segmentKey>"), clusters with a value chain. One
 * transaction; only records whose tags change are written. Returns how many changed.
 */
export async function tagRecords(
  db: StudioDb,
  repositories: Repositories,
  table: 'organisations' | 'clusters',
  ids: readonly string[],
  tag: string,
  add: boolean,
): Promise<number> {
  return db.transaction('rw', [table, 'settings'], async () => {
    let changed = 0;
    for (const id of ids) {
      if (table === 'organisations') {
        const record = await repositories.organisations.get(id);
        if (!record || record.deleted || record.segments.includes(tag) === add) continue;
        const segments = add ? [...record.segments, tag] : record.segments.filter((s) => s !== tag);
        await repositories.organisations.update(id, { segments });
      } else {
        const record = await repositories.clusters.get(id);
        if (!record || record.deleted || record.valueChainIds.includes(tag) === add) continue;
        const valueChainIds = add
          ? [...record.valueChainIds, tag]
          : record.valueChainIds.filter((s) => s !== tag);
        await repositories.clusters.update(id, { valueChainIds });
      }
      changed += 1;
    }
    return changed;
  });
}
