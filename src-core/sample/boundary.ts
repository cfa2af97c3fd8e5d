/**
 * The line between sample data and the user's own data. Sample rows (`origin: 'sample'`) never
 * leave the computer and can be removed in one step; everything else is the user's. Where the two
 * touch, nothing of the user's may be lost:
 * - a real record that *needs* a sample record (a membership of a sample organisation) is
 *   "entangled": an export leaves it out and says so (it would arrive dangling at a partner);
 * - removing the sample keeps every sample record that real data uses, and every sample record
 *   the user changed, and makes them the user's own ("adoption"): a fresh write of every field, so
 *   they travel to partners as new data, together with the entangled records they free.
 * Pure functions over the rows of every synced table (src-renderer/db/sample.ts writes them).
 */
import type { SyncedRecordOf, SyncedTableName } from '../model/entities';
import { syncedTableNames } from '../model/entities';
import { referencesOf } from '../model/references';
import { SAMPLE_NODE_ID } from './helpers';

type AnyRecord = SyncedRecordOf[SyncedTableName];
export type AllRows = { readonly [T in SyncedTableName]: readonly SyncedRecordOf[T][] };
export type IdsByTable = { [T in SyncedTableName]?: string[] };

export const isSampleRecord = (row: object): boolean =>
  (row as { origin?: unknown }).origin === 'sample';

/** A sample record the user changed: a field written by another node than the sample's. */
export function isChangedSample(row: AnyRecord): boolean {
  return Object.values(row.clocks).some((clock) => !clock.endsWith(SAMPLE_NODE_ID));
}

type IdSet = Map<SyncedTableName, Set<string>>;
const emptySets = (): IdSet => new Map(syncedTableNames.map((t) => [t, new Set<string>()]));
const has = (set: IdSet, table: SyncedTableName, id: string): boolean =>
  set.get(table)?.has(id) === true;

function sampleIdsOf(rows: AllRows): IdSet {
  const out = emptySets();
  for (const table of syncedTableNames) {
    for (const row of rows[table] as readonly AnyRecord[]) {
      if (isSampleRecord(row)) out.get(table)?.add(row.id);
    }
  }
  return out;
}

/**
 * Real records that need a sample record (a required reference into sample data, directly or
 * through another entangled record), by table.
 */
export function entangledRecords(rows: AllRows, sample: IdSet = sampleIdsOf(rows)): IdSet {
  const out = emptySets();
  let changed = true;
  while (changed) {
    changed = false;
    for (const table of syncedTableNames) {
      for (const row of rows[table] as readonly AnyRecord[]) {
        if (isSampleRecord(row) || has(out, table, row.id)) continue;
        const needs = referencesOf(table, row).some(
          (ref) => ref.required && (has(sample, ref.table, ref.id) || has(out, ref.table, ref.id)),
        );
        if (needs) {
          out.get(table)?.add(row.id);
          changed = true;
        }
      }
    }
  }
  return out;
}

export interface SampleRemovalPlan {
  /** Sample records to remove for good. */
  readonly remove: IdsByTable;
  /** Sample records to keep as the user's own: used by real data, or changed by the user. */
  readonly adopt: IdsByTable;
  /** Of those, why: used by the user's records … */
  readonly adoptUsed: number;
  /** … or changed by the user (and what they point at). */
  readonly adoptChanged: number;
  /** Real records that needed sample data: written again, so they travel with what they need. */
  readonly release: IdsByTable;
}

const toLists = (set: IdSet): IdsByTable => {
  const out: IdsByTable = {};
  for (const [table, ids] of set) if (ids.size > 0) out[table] = [...ids].sort();
  return out;
};

/**
 * What removing the sample does: keep (adopt) the sample records that real data points at — by
 * any reference, so kept data stays whole — and those the user changed, with everything they point
 * at in turn (unless `keepChanged` is false); remove the rest. `adoptAlso` adds sample records the
 * user chose to keep.
 */
export function planSampleRemoval(
  rows: AllRows,
  { keepChanged = true, adoptAlso = {} }: { keepChanged?: boolean; adoptAlso?: IdsByTable } = {},
): SampleRemovalPlan {
  const sample = sampleIdsOf(rows);
  const byId = new Map<SyncedTableName, Map<string, AnyRecord>>();
  for (const table of syncedTableNames) {
    byId.set(table, new Map((rows[table] as readonly AnyRecord[]).map((row) => [row.id, row])));
  }
  const adopt = emptySets();
  const queue: [SyncedTableName, AnyRecord][] = [];
  const keep = (table: SyncedTableName, id: string): boolean => {
    if (!has(sample, table, id) || has(adopt, table, id)) return false;
    const row = byId.get(table)?.get(id);
    if (row === undefined) return false;
    adopt.get(table)?.add(id);
    queue.push([table, row]);
    return true;
  };
  let used = 0;
  for (const table of syncedTableNames) {
    for (const row of rows[table] as readonly AnyRecord[]) {
      if (isSampleRecord(row)) continue;
      for (const ref of referencesOf(table, row)) if (keep(ref.table, ref.id)) used += 1;
    }
  }
  let changed = 0;
  for (const table of syncedTableNames) {
    for (const row of rows[table] as readonly AnyRecord[]) {
      if (!keepChanged || !isSampleRecord(row) || !isChangedSample(row)) continue;
      if (keep(table, row.id)) changed += 1;
    }
  }
  for (const [table, ids] of Object.entries(adoptAlso) as [SyncedTableName, string[]][]) {
    for (const id of ids) if (keep(table, id)) changed += 1;
  }
  // What kept records point at is kept too.
  for (let at = 0; at < queue.length; at++) {
    const [table, row] = queue[at] as [SyncedTableName, AnyRecord];
    for (const ref of referencesOf(table, row)) if (keep(ref.table, ref.id)) used += 1;
  }
  const remove = emptySets();
  for (const table of syncedTableNames) {
    for (const id of sample.get(table) ?? [])
      if (!has(adopt, table, id)) remove.get(table)?.add(id);
  }
  // Entangled records are all freed: what they needed is kept.
  const release = entangledRecords(rows, sample);
  return {
    remove: toLists(remove),
    adopt: toLists(adopt),
    adoptUsed: used,
    adoptChanged: changed,
    release: toLists(release),
  };
}

/** The number of records of an `IdsByTable`. */
export function countIds(ids: IdsByTable): number {
  return Object.values(ids).reduce((sum, list) => sum + (list?.length ?? 0), 0);
}

/**
 * The user's records that needed sample data in `before` and no longer do in `after` (a
 * partner's package made the sample records they point at real data). Like the records sample
 * removal frees, they must be written again to travel: partners' knowledge may already cover
 * their clocks, since earlier packages declared them while leaving the records out.
 */
export function freedRecords(before: AllRows, after: AllRows): IdsByTable {
  const was = entangledRecords(before);
  const still = entangledRecords(after);
  const out: IdsByTable = {};
  for (const [table, ids] of was) {
    const freed = [...ids].filter((id) => !still.get(table)?.has(id)).sort();
    if (freed.length > 0) out[table] = freed;
  }
  return out;
}
