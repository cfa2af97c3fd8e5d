/**
 * The sync metadata every shared record carries (see docs/data-model.md):
 * - `id`: UUIDv7;
 * - `deleted`: a clocked field like any other (restoring is a later write);
 * - `clocks`: the HLC of each field, including `deleted`, stored compactly: `clocks['*']` is the
 *   clock of every field not listed by name (a new record has only `'*'`; a later write of one
 *   field adds that field's own clock). Read them with `clockOf`. The writer of a field is the
 *   node part of its clock (`writerOf`), so it is never stored twice where copies could disagree.
 */
import { z } from 'zod';
import { isHlc, nodeOfHlc } from '../sync/hlc';
import { recordIdSchema } from './ids';

export const hlcSchema = z.string().refine(isHlc, { message: 'Not a clock value.' });

export const syncMetaShape = {
  id: recordIdSchema,
  deleted: z.boolean(),
  clocks: z.record(z.string(), hlcSchema),
};

export const syncMetaSchema = z.object(syncMetaShape);
export type SyncMeta = z.infer<typeof syncMetaSchema>;

/** Fields that are bookkeeping, never user data: they are not stamped with their own clock. */
export const META_KEYS = ['id', 'clocks'] as const;

/** Where a record came from locally; `sample` rows can be removed in one step. Never synced. */
export const originSchema = z.enum(['sample']).optional();

export type Synced<Fields> = Fields & SyncMeta & { origin?: 'sample' };

/** The key of the clock shared by every field that has no clock of its own. */
export const DEFAULT_CLOCK_KEY = '*';

/** The clock of one field (or `deleted`) of a record. */
export function clockOf(record: Pick<SyncMeta, 'clocks'>, field: string): string | undefined {
  return record.clocks[field] ?? record.clocks[DEFAULT_CLOCK_KEY];
}

export function writerOf(record: Pick<SyncMeta, 'clocks'>, field: string): string | undefined {
  const clock = clockOf(record, field);
  return clock === undefined ? undefined : nodeOfHlc(clock);
}
