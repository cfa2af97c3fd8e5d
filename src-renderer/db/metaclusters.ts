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
import { useEffect, useEffectEvent, useState } from 'react';
import { todayIso } from '../ui/today';
import { useNotifyError } from '../ui/useNotifyError';
import { runWorkerTask } from '../workers/client';
import { useTablesVersion } from './live';
import { ANALYSIS_TABLES, type MetaClusterAnalysis } from './metacluster-analysis';
import { useWorkspace } from './provider';
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

/** What the value-chain matrix of one chain is computed from. */
export interface MatrixInputs {
  readonly valueChain: ValueChainRecord;
  readonly clusters: readonly ClusterRecord[];
  readonly organisations: readonly OrganisationRecord[];
  readonly memberships: readonly MembershipRecord[];
}

export function useMatrixInputs(valueChainId: string): MatrixInputs | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const valueChain = await db.valueChains.get(valueChainId);
    if (!valueChain || valueChain.deleted) return null;
    const [clusters, organisations, memberships] = await Promise.all([
      db.clusters.toArray(),
      db.organisations.toArray(),
      db.memberships.toArray(),
    ]);
    return { valueChain, clusters: live(clusters), organisations, memberships };
  }, [db, valueChainId]);
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

/** Commits this close together are one reason to ask again (a bulk tag, a quick series of edits). */
const SETTLE_MS = 250;

/**
 * The analyses of a meta-cluster, computed in the bulk worker; undefined until the first answer,
 * then the latest answer (kept while a newer one is computed).
 */
export function useMetaClusterAnalysis(id: string): MetaClusterAnalysis | null | undefined {
  const { db } = useWorkspace();
  const notifyError = useNotifyError();
  // Said when it happens, without asking again whenever the page renders.
  const onFailure = useEffectEvent((error: unknown) => notifyError(error));
  const version = useTablesVersion(db, ANALYSIS_TABLES);
  const [answer, setAnswer] = useState<{ id: string; value: MetaClusterAnalysis | null }>();

  useEffect(() => {
    let current = true;
    // Leaving the page (or a newer change) ends the computation: it would only take CPU away.
    const stop = new AbortController();
    const ask = () =>
      runWorkerTask(
        { kind: 'metacluster-analysis', dbName: db.name, metaClusterId: id, today: todayIso() },
        undefined,
        [],
        undefined,
        stop.signal,
      ).then(
        (value) => {
          if (current) setAnswer({ id, value });
        },
        (error: unknown) => {
          if (current) onFailure(error);
        },
      );
    // The first answer at once; later ones once a burst of commits has settled.
    const timer = setTimeout(() => void ask(), version === 0 ? 0 : SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
      stop.abort();
    };
  }, [db, id, version]);

  return answer?.id === id ? answer.value : undefined;
}
