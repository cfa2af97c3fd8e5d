/**
 * The sync metadata every shared record carries (see docs/data-model.md):
 * - `id`: UUIDv7;
 * - `deleted`: a clocked field like any other (restoring is a later write);
 * - `clocks`: one HLC string per field, including `deleted`. The writer of a field is the node
 *   part of its clock (`writerOf`), so it is never stored twice where the copies could disagree.
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

export function writerOf(record: SyncMeta, field: string): string | undefined {
  const clock = record.clocks[field];
  return clock === undefined ? undefined : nodeOfHlc(clock);
}
