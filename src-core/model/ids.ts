/** Identifiers: records get UUIDv7 ids (time-ordered, so new rows append to IndexedDB's B-trees). */
import { v4 as uuidv4, v7 as uuidv7 } from 'uuid';
import { z } from 'zod';

export const recordIdSchema = z.uuid({ message: 'validation.recordId' });
export type RecordId = z.infer<typeof recordIdSchema>;

export function newRecordId(): RecordId {
  return uuidv7();
}

/** A workspace's node id: 16 hex characters, random. */
export function newNodeId(): string {
  return uuidv4().replace(/-/g, '').slice(0, 16);
}
