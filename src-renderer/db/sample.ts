/**
 * Loading and removing the sample workspace (the generator is pure, in src-core/sample; the line
 * between sample and real data in src-core/sample/boundary.ts). Removing the sample never
 * deletes anything real or used by real data: sample records that the user's records point at,
 * and those the user changed, become the user's own ("adopted": written anew, so they travel to
 * partners), and the user's records that needed them are written again so they travel too.
 */
import {
  syncedTableNames,
  type SyncedRecordOf,
  type SyncedTableName,
} from '../../src-core/model/entities';
import {
  countIds,
  isChangedSample,
  isSampleRecord,
  planSampleRemoval,
  type AllRows,
  type IdsByTable,
} from '../../src-core/sample/boundary';
import { normaliseRecord } from '../../src-core/sync/merge';
import { restampAll } from '../../src-core/sync/stamp';
import { loadRecords, type BulkProgress, type RecordSet } from './bulk-load';
import { nextClock } from './clock';
import { bulkTable, type StudioDb } from './schema';
import { writeSetting } from './settings';

export type SampleWorkspace = { [K in SyncedTableName]?: SyncedRecordOf[K][] };

export async function loadSampleWorkspace(
  db: StudioDb,
  workspace: SampleWorkspace,
  seed: number,
  onProgress?: (progress: BulkProgress) => void,
  now: Date = new Date(),
): Promise<number> {
  return loadRecords(db, workspace as RecordSet, {
    onProgress,
    alsoInTransaction: () => writeSetting(db, 'sample', { seed, loadedAt: now.toISOString() }),
  });
}

async function readAll(db: StudioDb): Promise<AllRows> {
  const rows: Partial<Record<SyncedTableName, unknown[]>> = {};
  for (const table of syncedTableNames) rows[table] = await bulkTable(db, table).toArray();
  return rows as AllRows;
}

export interface SampleRemovalOptions {
  /** Keep the sample records the user changed (default). Real records' targets are always kept. */
  readonly keepChanged?: boolean;
}

/** What "Remove sample data" will do, for the dialog: counts only, nothing written. */
export interface SampleRemovalPreview {
  readonly remove: number;
  /** Sample records kept as the user's own, by table. */
  readonly keep: Readonly<Partial<Record<SyncedTableName, number>>>;
  readonly keepTotal: number;
  /** Sample records the user changed (the dialog offers to keep or remove them). */
  readonly changed: number;
  /** The user's records that pointed at sample data (left out of exports until now). */
  readonly released: number;
}

const countsOf = (ids: IdsByTable): Partial<Record<SyncedTableName, number>> =>
  Object.fromEntries(Object.entries(ids).map(([table, list]) => [table, list?.length ?? 0]));

export async function previewSampleRemoval(
  db: StudioDb,
  { keepChanged = true }: SampleRemovalOptions = {},
): Promise<SampleRemovalPreview> {
  return db.transaction('r', syncedTableNames, async () => {
    const rows = await readAll(db);
    const plan = planSampleRemoval(rows, { keepChanged });
    let changed = 0;
    for (const table of syncedTableNames) {
      for (const row of rows[table]) if (isSampleRecord(row) && isChangedSample(row)) changed += 1;
    }
    return {
      remove: countIds(plan.remove),
      keep: countsOf(plan.adopt),
      keepTotal: countIds(plan.adopt),
      changed,
      released: countIds(plan.release),
    };
  });
}

export interface SampleRemovalResult {
  readonly removed: number;
  readonly kept: number;
  readonly released: number;
}

/**
 * Remove the sample in one transaction: delete the sample records nothing real needs, adopt the
 * others (a new clock on every field, `origin` gone) and write again the user's records that
 * pointed at them, so both travel with the next package.
 */
export async function removeSampleWorkspace(
  db: StudioDb,
  { keepChanged = true }: SampleRemovalOptions = {},
  now: number = Date.now(),
): Promise<SampleRemovalResult> {
  return db.transaction('rw', [...syncedTableNames, 'settings'], async () => {
    const rows = await readAll(db);
    const plan = planSampleRemoval(rows, { keepChanged });
    const toWrite = countIds(plan.adopt) + countIds(plan.release);
    const clock = toWrite > 0 ? await nextClock(db, now) : '';
    for (const table of syncedTableNames) {
      const rewrite = new Set([...(plan.adopt[table] ?? []), ...(plan.release[table] ?? [])]);
      if (rewrite.size > 0) {
        const written = (rows[table] as readonly SyncedRecordOf[SyncedTableName][])
          .filter((row) => rewrite.has(row.id))
          .map((row) => normaliseRecord(restampAll(row, clock), table));
        await bulkTable(db, table).bulkPut(written);
      }
      const remove = plan.remove[table] ?? [];
      if (remove.length > 0) await bulkTable(db, table).bulkDelete(remove);
    }
    await db.settings.delete('sample');
    return {
      removed: countIds(plan.remove),
      kept: countIds(plan.adopt),
      released: countIds(plan.release),
    };
  });
}
