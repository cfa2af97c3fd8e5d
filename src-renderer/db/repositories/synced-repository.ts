/**
 * The only writer of synced tables. Every write validates the fields with the domain schema,
 * advances the workspace clock in the same transaction, and stamps per-field clocks (so partners
 * can merge field by field). Deleting is a clocked write of `deleted: true`, never a row removal.
 */
import type { Table } from 'dexie';
import {
  syncedTables,
  type FieldsOf,
  type SyncedRecordOf,
  type SyncedTableName,
} from '../../../src-core/model/entities';
import { newRecordId } from '../../../src-core/model/ids';
import { normaliseRecord } from '../../../src-core/sync/merge';
import { stampFields, stampNew, stampPatch } from '../../../src-core/sync/stamp';
import { nextClock, nextClocks } from '../clock';
import { purgeErasedPersonalData } from '../erasure';
import type { StudioDb } from '../schema';
import { RecordNotFoundError, ValidationError } from './errors';

/** What a change wrote, and the former values of the fields it changed (for Undo). */
export interface Changed<T extends SyncedTableName> {
  readonly record: SyncedRecordOf[T];
  readonly previous: Partial<FieldsOf<T>>;
}

/** One record of a bulk write: created with a given id, or changed (or deleted) from what is stored. */
export type BulkWrite<T extends SyncedTableName> =
  | { readonly kind: 'create'; readonly id: string; readonly fields: FieldsOf<T> }
  | {
      readonly kind: 'change';
      readonly id: string;
      readonly patch: Partial<FieldsOf<T>> & { readonly deleted?: boolean };
    };

export class SyncedRepository<T extends SyncedTableName> {
  constructor(
    private readonly db: StudioDb,
    readonly table: T,
    private readonly now: () => number = Date.now,
  ) {}

  private get rows() {
    return this.db[this.table] as unknown as Table<SyncedRecordOf[T], string>;
  }

  private validateFields(fields: unknown): FieldsOf<T> {
    const result = syncedTables[this.table].fields.safeParse(fields);
    if (!result.success) throw ValidationError.fromZod(result.error);
    return result.data as FieldsOf<T>;
  }

  async get(id: string): Promise<SyncedRecordOf[T] | undefined> {
    return this.rows.get(id);
  }

  async create(fields: FieldsOf<T>): Promise<SyncedRecordOf[T]> {
    const valid = this.validateFields(fields);
    return this.db.transaction('rw', [this.table, 'settings'], async () => {
      const clock = await nextClock(this.db, this.now());
      const record = stampNew(newRecordId(), valid, clock) as unknown as SyncedRecordOf[T];
      await this.rows.add(record);
      return record;
    });
  }

  async update(id: string, patch: Partial<FieldsOf<T>>): Promise<SyncedRecordOf[T]> {
    return (await this.rewrite(id, () => patch, true)).record;
  }

  /**
   * Read the stored record, apply a pure edit to its fields and write what changed — in one
   * transaction, so an edit always starts from what is stored (two quick edits both land, never
   * one computed from a page's stale copy). `previous` holds the changed fields' former values:
   * writing them back is the Undo. A deleted record is not edited (restore it first).
   */
  async change(
    id: string,
    edit: (current: FieldsOf<T>) => Partial<FieldsOf<T>>,
  ): Promise<Changed<T>> {
    return this.rewrite(id, edit, false);
  }

  private async rewrite(
    id: string,
    edit: (current: FieldsOf<T>) => Partial<FieldsOf<T>>,
    evenDeleted: boolean,
  ): Promise<Changed<T>> {
    // A contact's update may erase the person: the conflict log is written with it.
    const tables =
      this.table === 'contacts' ? [this.table, 'settings', 'conflicts'] : [this.table, 'settings'];
    return this.db.transaction('rw', tables, async () => {
      const existing = await this.rows.get(id);
      if (!existing || (existing.deleted && !evenDeleted))
        throw new RecordNotFoundError(this.table, id);
      const current = pickFields(this.table, existing);
      const patch = edit(current);
      this.validateFields({ ...current, ...patch });
      const clock = await nextClock(this.db, this.now());
      const { record, changed } = stampPatch(existing, patch as never, clock);
      const previous = Object.fromEntries(
        changed.map((key) => [key, (current as Record<string, unknown>)[key]]),
      ) as Partial<FieldsOf<T>>;
      if (changed.length === 0) return { record, previous };
      const written = await this.putCanonical(record);
      // Erasing a person also wipes what the conflict log and the undo slot kept of them.
      if (isNewlyErased(existing, written)) await purgeErasedPersonalData(this.db, [id]);
      return { record: written, previous };
    });
  }

  /**
   * Store a record in the form a merge would give it (compact clocks, the erasure rule), so this
   * workspace's rows are identical to their copies at partners.
   */
  private async putCanonical(record: SyncedRecordOf[T]): Promise<SyncedRecordOf[T]> {
    const canonical = normaliseRecord(record, this.table);
    await this.rows.put(canonical);
    return canonical;
  }

  /**
   * Write `values` with a new clock even where they equal what is stored: a decision that must
   * travel and win over the values partners hold (keeping one side of a conflict). Reads and
   * writes in one transaction, validated like an update.
   */
  async writeDecision(
    id: string,
    values: (current: SyncedRecordOf[T]) => Partial<FieldsOf<T>>,
  ): Promise<SyncedRecordOf[T]> {
    return this.db.transaction('rw', [this.table, 'settings'], async () => {
      const existing = await this.rows.get(id);
      if (!existing) throw new RecordNotFoundError(this.table, id);
      const decided = values(existing);
      this.validateFields({ ...pickFields(this.table, existing), ...decided });
      const clock = await nextClock(this.db, this.now());
      return this.putCanonical(stampFields(existing, decided, clock));
    });
  }

  /**
   * Many records at once, each validated and clocked as a single write would be, in one
   * transaction with one bulk read and one bulk write: a room's burst of votes costs a few
   * requests, not a few per vote. A create's id must be new; a change reads what is stored and
   * may not edit a deleted record (a patch of `deleted` alone may: removing it again changes
   * nothing, restoring it is allowed). An id twice, an invalid value or a missing record throws
   * and writes nothing.
   */
  async writeMany(writes: readonly BulkWrite<T>[]): Promise<SyncedRecordOf[T][]> {
    if (writes.length === 0) return [];
    const ids = writes.map((write) => write.id);
    if (new Set(ids).size !== ids.length) throw new Error('writeMany: the same id twice');
    const created = writes.map((write) =>
      write.kind === 'create' ? this.validateFields(write.fields) : null,
    );
    const tables =
      this.table === 'contacts' ? [this.table, 'settings', 'conflicts'] : [this.table, 'settings'];
    return this.db.transaction('rw', tables, async () => {
      const stored = await this.rows.bulkGet(ids);
      const clocks = await nextClocks(this.db, writes.length, this.now());
      const records = writes.map((write, index) => {
        const clock = clocks[index] as string;
        const existing = stored[index];
        if (write.kind === 'create') {
          if (existing) throw new Error(`writeMany: ${this.table} ${write.id} exists already`);
          const fields = created[index] as FieldsOf<T>;
          const record = stampNew(write.id, fields, clock) as unknown as SyncedRecordOf[T];
          return normaliseRecord(record, this.table);
        }
        const { deleted: _deleted, ...fields } = write.patch;
        const onlyDeleted = Object.keys(fields).length === 0;
        if (!existing || (existing.deleted && !onlyDeleted))
          throw new RecordNotFoundError(this.table, write.id);
        this.validateFields({ ...pickFields(this.table, existing), ...fields });
        const { record, changed } = stampPatch(existing, write.patch as never, clock);
        return changed.length > 0 ? normaliseRecord(record, this.table) : existing;
      });
      await this.rows.bulkPut(records);
      const erased = records.filter((record, index) => {
        const existing = stored[index];
        return existing !== undefined && isNewlyErased(existing, record);
      });
      if (erased.length > 0)
        await purgeErasedPersonalData(
          this.db,
          erased.map((r) => r.id),
        );
      return records;
    });
  }

  async remove(id: string): Promise<SyncedRecordOf[T]> {
    return this.setDeleted(id, true);
  }

  async restore(id: string): Promise<SyncedRecordOf[T]> {
    return this.setDeleted(id, false);
  }

  private async setDeleted(id: string, deleted: boolean): Promise<SyncedRecordOf[T]> {
    return this.db.transaction('rw', [this.table, 'settings'], async () => {
      const existing = await this.rows.get(id);
      if (!existing) throw new RecordNotFoundError(this.table, id);
      const clock = await nextClock(this.db, this.now());
      const { record, changed } = stampPatch(existing, { deleted } as never, clock);
      return changed.length > 0 ? this.putCanonical(record) : record;
    });
  }
}

const erasedAtOf = (record: object): unknown => (record as { erasedAt?: unknown }).erasedAt;

/** A write that erased a contact (only contacts carry `erasedAt`). */
function isNewlyErased(before: object, after: object): boolean {
  const was = erasedAtOf(before);
  const now = erasedAtOf(after);
  return (was === null || was === undefined) && typeof now === 'string';
}

/** The user-editable fields of a record (its schema's keys), without sync metadata. */
export function pickFields<T extends SyncedTableName>(
  table: T,
  record: SyncedRecordOf[T],
): FieldsOf<T> {
  const keys = Object.keys(syncedTables[table].fields.shape);
  const source = record as unknown as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as FieldsOf<T>;
}
