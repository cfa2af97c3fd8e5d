/**
 * Writes a confirmed spreadsheet import: new records and updates of existing ones, validated,
 * stamped with one clock, in ONE transaction written in chunks (so progress can be shown and a
 * failure anywhere leaves the roster exactly as it was).
 */
import type { Table } from 'dexie';
import {
  syncedTables,
  type FieldsOf,
  type SyncedRecordOf,
  type SyncedTableName,
} from '../../src-core/model/entities';
import { newRecordId } from '../../src-core/model/ids';
import { stampNew, stampPatch } from '../../src-core/sync/stamp';
import { nextClock } from './clock';
import type { BulkProgress } from './progress';
import { RecordNotFoundError, problemOf, ValidationError } from './repositories/errors';
import type { StudioDb } from './schema';

export interface ImportChanges<T extends SyncedTableName> {
  readonly create: readonly FieldsOf<T>[];
  readonly update: readonly { readonly id: string; readonly patch: Partial<FieldsOf<T>> }[];
}

export interface ImportWriteResult {
  readonly created: number;
  readonly updated: number;
  /** Updates that changed nothing (the roster already had those values). */
  readonly unchanged: number;
}

export async function writeImport<T extends SyncedTableName>(
  db: StudioDb,
  table: T,
  changes: ImportChanges<T>,
  {
    chunkSize = 5000,
    onProgress,
    isValidated = false,
  }: {
    chunkSize?: number;
    onProgress?: (progress: BulkProgress) => void;
    /**
     * The new records were already parsed with the same schema (the import's check step does,
     * row by row); validating 50,000 records twice cost a second or more.
     */
    isValidated?: boolean;
  } = {},
): Promise<ImportWriteResult> {
  const schema = syncedTables[table].fields;
  if (!isValidated)
    changes.create.forEach((fields, index) => {
      const result = schema.safeParse(fields);
      if (!result.success) {
        throw new ValidationError(
          result.error.issues.map((issue) => ({
            ...problemOf(issue),
            field: `create[${index}].${issue.path.join('.')}`,
          })),
        );
      }
    });
  const rows = db.table(table) as Table<SyncedRecordOf[T], string>;
  const total = changes.create.length + changes.update.length;
  let done = 0;
  let unchanged = 0;
  await db.transaction('rw', [table, 'settings'], async () => {
    const clock = await nextClock(db);
    for (let start = 0; start < changes.create.length; start += chunkSize) {
      const chunk = changes.create
        .slice(start, start + chunkSize)
        .map((fields) => stampNew(newRecordId(), fields, clock) as unknown as SyncedRecordOf[T]);
      await rows.bulkAdd(chunk);
      done += chunk.length;
      onProgress?.({ phase: 'writing', done, total });
    }
    for (let start = 0; start < changes.update.length; start += chunkSize) {
      const slice = changes.update.slice(start, start + chunkSize);
      const existing = await rows.bulkGet(slice.map((u) => u.id));
      const next: SyncedRecordOf[T][] = [];
      slice.forEach((update, i) => {
        const record = existing[i];
        if (!record) throw new RecordNotFoundError(table, update.id);
        const merged = { ...record, ...update.patch };
        const check = schema.safeParse(
          Object.fromEntries(
            Object.keys(schema.shape).map((k) => [k, (merged as Record<string, unknown>)[k]]),
          ),
        );
        if (!check.success) throw ValidationError.fromZod(check.error);
        const { record: stamped, changed } = stampPatch(record, update.patch as never, clock);
        if (changed.length > 0) next.push(stamped);
        else unchanged += 1;
      });
      await rows.bulkPut(next);
      done += slice.length;
      onProgress?.({ phase: 'writing', done, total });
    }
  });
  return { created: changes.create.length, updated: changes.update.length - unchanged, unchanged };
}
