/**
 * Workshops as the runner plans them: the built-in method (validated when loaded), creating a
 * workshop with the method's agenda, and live reads for the pages (the list, what a workshop can
 * be held for, the country walk-ins most likely come from).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import builtinMethodJson from '../../assets/methods/meta-cluster-method-v1.json' with { type: 'json' };
import {
  agendaFromMethod,
  loadMethod,
  stagesOf,
  type MethodDefinition,
  type WorkshopType,
} from '../../src-core/method';
import type { WorkshopFields, WorkshopRecord } from '../../src-core/model/entities';
import { defaultRun } from '../../src-core/model/workshop-run';
import { workshopCountry } from '../../src-core/workshop/plan-edits';
import { useWorkspace } from './provider';
import type { Repositories } from './repositories';

/** The built-in Meta-Cluster method v1 (throws `MethodError` if the shipped file is broken). */
export const builtinMethod: MethodDefinition = loadMethod(builtinMethodJson);

export interface NewWorkshop {
  readonly name: string;
  readonly kind: WorkshopType;
  readonly date: string;
  readonly venue: string;
  readonly clusterId: string | null;
  readonly metaClusterId: string | null;
}

/** A workshop planned with the method's agenda as designed. */
export async function createWorkshop(
  repositories: Repositories,
  fields: NewWorkshop,
  facilitator: string,
): Promise<WorkshopRecord> {
  const workshop: WorkshopFields = {
    ...fields,
    methodId: builtinMethod.id,
    methodVersion: builtinMethod.version,
    facilitators: facilitator ? [facilitator] : [],
    languages: [],
    startTime: '09:00',
    agenda: agendaFromMethod(stagesOf(builtinMethod, fields.kind)),
    run: defaultRun(),
  };
  return repositories.workshops.create(workshop);
}

export interface WorkshopRow {
  readonly record: WorkshopRecord;
  /** The cluster or meta-cluster it is held for. */
  readonly heldFor: string | null;
}

export function useWorkshops(): WorkshopRow[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const [workshops, clusters, metaClusters] = await Promise.all([
      db.workshops.toArray(),
      db.clusters.toArray(),
      db.metaClusters.toArray(),
    ]);
    const names = new Map([...clusters, ...metaClusters].map((r) => [r.id, r.name]));
    return workshops
      .filter((w) => !w.deleted)
      .sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name))
      .map((record) => ({
        record,
        heldFor: names.get(record.clusterId ?? record.metaClusterId ?? '') ?? null,
      }));
  }, [db]);
}

export interface WorkshopTargets {
  readonly clusters: readonly { id: string; name: string }[];
  readonly metaClusters: readonly { id: string; name: string }[];
}

export function useWorkshopTargets(): WorkshopTargets | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const [clusters, metaClusters] = await Promise.all([
      db.clusters.toArray(),
      db.metaClusters.toArray(),
    ]);
    const named = (rows: readonly { id: string; name: string; deleted: boolean }[]) =>
      rows
        .filter((r) => !r.deleted)
        .map((r) => ({ id: r.id, name: r.name }))
        .sort((a, b) => a.name.localeCompare(b.name));
    return { clusters: named(clusters), metaClusters: named(metaClusters) };
  }, [db]);
}

/**
 * The country a walk-in at this workshop most likely comes from (see `workshopCountry`): null
 * when it is not known, undefined while loading.
 */
export function useWorkshopCountry(workshopId: string): string | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const workshop = await db.workshops.get(workshopId);
    if (!workshop || workshop.deleted) return null;
    const metaCluster = workshop.metaClusterId
      ? await db.metaClusters.get(workshop.metaClusterId)
      : undefined;
    const live = metaCluster && !metaCluster.deleted ? metaCluster : null;
    // Records from before schema v3 (or an older partner) may carry no governance.
    const leadClusterId = live?.governance?.leadClusterId ?? null;
    const ids = [
      ...(workshop.clusterId ? [workshop.clusterId] : []),
      ...(leadClusterId ? [leadClusterId] : []),
      ...(live?.members.map((member) => member.clusterId) ?? []),
    ];
    const clusters = await db.clusters.bulkGet(ids);
    const countries = new Map(
      clusters.flatMap((cluster) =>
        cluster && !cluster.deleted ? [[cluster.id, cluster.country] as const] : [],
      ),
    );
    return workshopCountry(
      {
        kind: workshop.kind,
        venue: workshop.venue,
        clusterId: workshop.clusterId,
        metaCluster: live ? { members: live.members, leadClusterId } : null,
      },
      (id) => countries.get(id),
    );
  }, [db, workshopId]);
}
