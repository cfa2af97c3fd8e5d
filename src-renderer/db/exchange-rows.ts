/**
 * What the exchange reads of a workspace, in one place: every synced row (once per export or
 * import, inside the caller's transaction) and the workspace's knowledge. Sample rows never leave
 * the computer, so their clocks are not part of what this workspace tells partners it has seen.
 */
import { syncedTableNames, type SyncedTableName } from '../../src-core/model/entities';
import { isSampleRecord } from '../../src-core/sample/boundary';
import { knowledgeOf, mergeKnowledge, type Knowledge } from '../../src-core/sync/knowledge';
import type { SyncRecord } from '../../src-core/sync/plan';
import { bulkTable, type StudioDb } from './schema';
import { readSetting } from './settings';

export type { SyncRecord } from '../../src-core/sync/plan';

export const EXCHANGE_KNOWLEDGE_KEY = 'exchange:knowledge';
export const IMPORTED_PACKAGES_KEY = 'exchange:importedPackages';
export const LAST_IMPORT_KEY = 'exchange:lastImport';

/** Every table an export or import touches. */
export const ALL_TABLES = [...syncedTableNames, 'settings', 'conflicts'];

export type LocalRows = { readonly [T in SyncedTableName]: readonly SyncRecord[] };

/** Every row of every synced table, read once (inside the caller's transaction). */
export async function readAllRows(db: StudioDb): Promise<LocalRows> {
  const all: Partial<Record<SyncedTableName, SyncRecord[]>> = {};
  for (const table of syncedTableNames) {
    all[table] = (await bulkTable(db, table).toArray()) as SyncRecord[];
  }
  return all as LocalRows;
}

/**
 * This workspace's knowledge: every clock its own (non-sample) rows carry, what it imported, and
 * its own clock.
 */
export async function localKnowledge(db: StudioDb, rows: LocalRows): Promise<Knowledge> {
  let knowledge: Knowledge = (await readSetting(db, 'exchange:knowledge')) ?? {};
  for (const table of syncedTableNames) {
    const real = rows[table].filter((row) => !isSampleRecord(row));
    knowledge = mergeKnowledge(knowledge, knowledgeOf(real));
  }
  const clock = await readSetting(db, 'clock');
  if (clock) knowledge = mergeKnowledge(knowledge, knowledgeOf([{ clocks: { '*': clock } }]));
  return knowledge;
}

/** Ids of the packages imported so far ("already imported"). */
export async function importedPackages(db: StudioDb): Promise<string[]> {
  return (await readSetting(db, 'exchange:importedPackages')) ?? [];
}
