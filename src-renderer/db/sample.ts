/** Loading and removing the sample workspace (the generator itself is pure, in src-core/sample). */
import type { SyncedRecordOf, SyncedTableName } from '../../src-core/model/entities';
import { loadRecords, removeSampleRecords, type BulkProgress, type RecordSet } from './bulk-load';
import type { StudioDb } from './schema';
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

export async function removeSampleWorkspace(db: StudioDb): Promise<number> {
  return removeSampleRecords(db);
}
