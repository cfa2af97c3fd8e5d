/**
 * An import planned against the workspace's rows (read in the caller's transaction): the package
 * as the one merge planner takes it (src-core/sync/plan.ts), the plan itself, and the records of
 * the user's that the import frees from sample data (written again so they travel).
 */
import type { ReadPackageResult } from '../../src-core/exchange';
import { syncedTableNames, type SyncedTableName } from '../../src-core/model/entities';
import { freedRecords, isSampleRecord, type AllRows } from '../../src-core/sample/boundary';
import { formatHlc, initialHlc, parseHlc, tickHlc } from '../../src-core/sync/hlc';
import { normaliseRecord } from '../../src-core/sync/merge';
import {
  planMerge,
  type IncomingPackage,
  type MergePlan,
  type RecordChange,
} from '../../src-core/sync/plan';
import { restampAll } from '../../src-core/sync/stamp';
import { NoIdentityError } from './clock';
import { localKnowledge, type LocalRows, type SyncRecord } from './exchange-rows';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

/** The package as the planner takes it. */
export function incomingOf(pkg: ReadPackageResult): IncomingPackage {
  const { scope, source, knowledge } = pkg.manifest;
  const tables = new Map<string, readonly SyncRecord[]>();
  for (const table of syncedTableNames) {
    const records = pkg.tables[table];
    if (records && records.length > 0) tables.set(table, records as unknown as SyncRecord[]);
  }
  return {
    source: source.nodeId,
    knowledge,
    coverage:
      scope.kind === 'workspace'
        ? { kind: 'workspace' }
        : scope.kind === 'changesSince'
          ? { kind: 'since', knowledge: scope.knowledge }
          : { kind: 'partial' },
    tables,
  };
}

/** Plan the import against rows read in the caller's transaction. */
export async function planAgainst(
  db: StudioDb,
  pkg: ReadPackageResult,
  rows: LocalRows,
  now: number,
): Promise<MergePlan> {
  const identity = await readSetting(db, 'identity');
  if (!identity) throw new NoIdentityError();
  const stored = await readSetting(db, 'clock');
  const clock = stored ? parseHlc(stored) : initialHlc(identity.nodeId);
  const index = new Map<string, Map<string, SyncRecord>>();
  const get = (table: string, id: string): SyncRecord | undefined => {
    let byId = index.get(table);
    if (byId === undefined) {
      byId = new Map((rows[table as SyncedTableName] ?? []).map((row) => [row.id, row]));
      index.set(table, byId);
    }
    return byId.get(id);
  };
  return planMerge(
    incomingOf(pkg),
    {
      node: identity.nodeId,
      // A workspace keeps its node id for life; a stored clock of another node is a restored backup.
      clock: { ...clock, node: identity.nodeId },
      knowledge: await localKnowledge(db, rows),
      get,
    },
    now,
  );
}

/**
 * When the import makes local sample rows real (a partner sent them), the user's records that
 * needed them are free to travel: they are written again, with one local clock after the
 * import's, so "changes since" packages carry them (src-core/sample/boundary.ts, `freedRecords`).
 */
export function rewriteFreed(
  rows: LocalRows,
  merge: MergePlan,
  now: number,
): { changes: readonly RecordChange[]; clock: string | undefined } {
  const unchanged = { changes: merge.changes, clock: undefined };
  if (!merge.changes.some(({ before }) => before !== null && isSampleRecord(before))) {
    return unchanged;
  }
  const after: Record<string, SyncRecord[]> = {};
  const byKey = new Map<string, RecordChange>();
  for (const change of merge.changes) byKey.set(`${change.table}|${change.after.id}`, change);
  for (const table of syncedTableNames) {
    const held = new Set(rows[table].map((row) => row.id));
    const merged = rows[table].map((row) => byKey.get(`${table}|${row.id}`)?.after ?? row);
    for (const change of merge.changes) {
      if (change.table === table && !held.has(change.after.id)) merged.push(change.after);
    }
    after[table] = merged;
  }
  const freed = freedRecords(rows as unknown as AllRows, after as unknown as AllRows);
  if (Object.keys(freed).length === 0) return unchanged;
  const clock = formatHlc(tickHlc(merge.clock, now));
  for (const [table, ids] of Object.entries(freed) as [SyncedTableName, string[]][]) {
    const wanted = new Set(ids);
    for (const row of rows[table]) {
      if (!wanted.has(row.id)) continue;
      const key = `${table}|${row.id}`;
      const current = byKey.get(key)?.after ?? row;
      byKey.set(key, {
        table,
        before: row,
        after: normaliseRecord(restampAll(current, clock), table),
      });
    }
  }
  return { changes: [...byKey.values()], clock };
}
