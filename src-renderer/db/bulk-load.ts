/**
 * Bulk writes of already-stamped records (the sample workspace, later: package imports and
 * backups). Every record is validated before anything is written; the write is one transaction,
 * issued in chunks so progress can be shown, so an import is either all there or not at all.
 */
import { FIELD_NAME_PATTERN, MAX_UNKNOWN_FIELDS } from '../../src-core/exchange/format';
import { findForbiddenKey } from '../../src-core/exchange/read';
import {
  syncedTableNames,
  syncedTables,
  type SyncedRecordOf,
  type SyncedTableName,
} from '../../src-core/model/entities';
import { latestClock } from '../../src-core/sync/stamp';
import { observeClock } from './clock';
import type { BulkProgress } from './progress';
import { bulkTable, type StudioDb } from './schema';
import { problemOf, ValidationError, type FieldProblem } from './repositories/errors';

export type RecordSet = { [K in SyncedTableName]?: readonly SyncedRecordOf[K][] };

export type { BulkProgress } from './progress';

export interface BulkLoadOptions {
  readonly chunkSize?: number;
  readonly onProgress?: (progress: BulkProgress) => void;
  /** Skip schema validation: only for records this app generated itself in the same run. */
  readonly trusted?: boolean;
  /** More writes that must land in the same transaction (e.g. a marker in settings). */
  readonly alsoInTransaction?: () => Promise<void>;
}

export function countRecords(set: RecordSet): number {
  return syncedTableNames.reduce((sum, table) => sum + (set[table]?.length ?? 0), 0);
}

export interface ValidateOptions {
  /**
   * `refuse` (default): exactly the record schemas (the sample). `keep`: also top-level fields
   * this version does not know, as a record imported from a newer partner's package holds them
   * (names matching `FIELD_NAME_PATTERN`, at most `MAX_UNKNOWN_FIELDS` per record; backups).
   * Known fields are checked the same either way.
   */
  readonly unknownFields?: 'refuse' | 'keep';
}

/** Problems of one record's fields beyond its table's schema (mode `keep`). */
function unknownFieldProblems(
  row: Record<string, unknown>,
  known: ReadonlySet<string>,
): FieldProblem[] {
  const forbidden = findForbiddenKey(row);
  if (forbidden !== undefined) {
    return [{ field: forbidden, key: 'validation.unknownField', values: { fields: forbidden } }];
  }
  const unknown = Object.keys(row).filter((key) => !known.has(key));
  const bad = unknown.filter((key) => !FIELD_NAME_PATTERN.test(key));
  if (bad.length > 0) {
    return [
      { field: bad[0] ?? '', key: 'validation.unknownField', values: { fields: bad.join(', ') } },
    ];
  }
  if (unknown.length > MAX_UNKNOWN_FIELDS) {
    return [
      {
        field: 'record',
        key: 'validation.tooLong',
        values: { max: MAX_UNKNOWN_FIELDS },
      },
    ];
  }
  return [];
}

export function validateRecordSet(
  set: RecordSet,
  onProgress?: (done: number) => void,
  { unknownFields = 'refuse' }: ValidateOptions = {},
): RecordSet {
  let done = 0;
  const parsed: Record<string, unknown[]> = {};
  for (const table of syncedTableNames) {
    const out: unknown[] = [];
    parsed[table] = out;
    const rows = set[table] ?? [];
    const strict = syncedTables[table].record;
    const keep = unknownFields === 'keep';
    const schema = keep ? strict.loose() : strict;
    const known = new Set(Object.keys(strict.shape));
    rows.forEach((row, index) => {
      const result = schema.safeParse(row);
      const problems = result.success
        ? keep
          ? unknownFieldProblems(row as unknown as Record<string, unknown>, known)
          : []
        : result.error.issues.map(problemOf);
      if (problems.length > 0) {
        throw new ValidationError(
          problems.map((problem) => ({ ...problem, field: `${table}[${index}].${problem.field}` })),
        );
      }
      // The parsed record: what a row of an older schema becomes now (the schema's defaults).
      out.push(result.success ? result.data : row);
      done += 1;
      if (done % 2000 === 0) onProgress?.(done);
    });
  }
  return parsed as RecordSet;
}

export async function loadRecords(
  db: StudioDb,
  set: RecordSet,
  { chunkSize = 5000, onProgress, trusted = false, alsoInTransaction }: BulkLoadOptions = {},
): Promise<number> {
  const total = countRecords(set);
  if (!trusted)
    validateRecordSet(set, (done) => onProgress?.({ phase: 'validating', done, total }));
  let latest = '';
  for (const table of syncedTableNames) {
    for (const row of set[table] ?? []) {
      const clock = latestClock(row);
      if (clock > latest) latest = clock;
    }
  }
  const tables = [...syncedTableNames.filter((t) => (set[t]?.length ?? 0) > 0), 'settings'];
  let done = 0;
  await db.transaction('rw', tables, async () => {
    for (const table of syncedTableNames) {
      const rows = set[table] ?? [];
      for (let start = 0; start < rows.length; start += chunkSize) {
        const chunk = rows.slice(start, start + chunkSize);
        await bulkTable(db, table).bulkPut(chunk);
        done += chunk.length;
        onProgress?.({ phase: 'writing', done, total });
      }
    }
    if (latest) await observeClock(db, latest);
    await alsoInTransaction?.();
  });
  return total;
}
