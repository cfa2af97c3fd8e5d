/**
 * "Undo last import": put back every record and conflict-log row the last import changed, and
 * the bookkeeping as it was, in one transaction (the undo slot is written by exchange-import.ts).
 */
import { syncedTableNames } from '../../src-core/model/entities';
import {
  ALL_TABLES,
  EXCHANGE_KNOWLEDGE_KEY,
  IMPORTED_PACKAGES_KEY,
  LAST_IMPORT_KEY,
  type SyncRecord,
} from './exchange-rows';
import { bulkTable, type StudioDb } from './schema';
import { readSetting } from './settings';

export type UndoErrorCode = 'changedSince';

/** Undo refused: a record the import wrote has changed since (undoing would lose that edit). */
export class UndoImportError extends Error {
  constructor(
    readonly code: UndoErrorCode,
    readonly values: Readonly<Record<string, string>> = {},
  ) {
    super(`${code} ${JSON.stringify(values)}`);
    this.name = 'UndoImportError';
  }
}

/** The package the last import applied, and whether it can be undone; null when none. */
export async function lastImport(
  db: StudioDb,
): Promise<{ packageId: string; appliedAt: string; undoable: boolean } | null> {
  const last = await readSetting(db, 'exchange:lastImport');
  return last
    ? { packageId: last.packageId, appliedAt: last.appliedAt, undoable: last.undoable }
    : null;
}

/** The highest clock of a record. */
function maxClockOf(record: SyncRecord): string {
  let highest = '';
  for (const clock of Object.values(record.clocks)) if (clock > highest) highest = clock;
  return highest;
}

/**
 * Put back every record and conflict-log row the last import changed, and forget that the package
 * was imported, in one transaction. The workspace clock stays where it is (a clock never goes
 * back, so later local edits still win over the undone values if the package comes again).
 * False when there is nothing to undo (no import, already undone, or an import that erased
 * someone); `UndoImportError` when a record changed after the import.
 */
export async function undoLastImport(db: StudioDb): Promise<boolean> {
  return db.transaction('rw', ALL_TABLES, async () => {
    const last = await readSetting(db, 'exchange:lastImport');
    if (!last || !last.undoable) return false;
    const unchangedSince = (record: SyncRecord | undefined): boolean =>
      record !== undefined && last.clockAfter !== null && maxClockOf(record) <= last.clockAfter;
    for (const table of syncedTableNames) {
      const created = last.created[table] ?? [];
      const restore = last.updated.filter((entry) => entry.table === table).map((e) => e.before);
      if (created.length === 0 && restore.length === 0) continue;
      const rows = bulkTable(db, table);
      const ids = [...created, ...restore.map((record) => record.id)];
      const current = (await rows.bulkGet(ids)) as (SyncRecord | undefined)[];
      current.forEach((record, index) => {
        if (!unchangedSince(record)) {
          throw new UndoImportError('changedSince', { table, recordId: ids[index] ?? '' });
        }
      });
      if (restore.length > 0) await rows.bulkPut(restore);
      if (created.length > 0) await rows.bulkDelete(created);
    }
    const restoreConflicts = last.conflicts.flatMap((c) => (c.before ? [c.before] : []));
    const removeConflicts = last.conflicts.filter((c) => !c.before).map((c) => c.id);
    if (removeConflicts.length > 0) await db.conflicts.bulkDelete(removeConflicts);
    if (restoreConflicts.length > 0) await db.conflicts.bulkPut(restoreConflicts);
    const restoreSetting = async (key: string, value: unknown): Promise<void> => {
      if (value === null) await db.settings.delete(key);
      else await db.settings.put({ key, value });
    };
    await restoreSetting(EXCHANGE_KNOWLEDGE_KEY, last.knowledgeBefore);
    await restoreSetting(IMPORTED_PACKAGES_KEY, last.importedBefore);
    await restoreSetting('exchange:partners', last.partnersBefore);
    await db.settings.delete(LAST_IMPORT_KEY);
    return true;
  });
}
