/**
 * Attachments (format 1.1): files beside the data, listed in the manifest with their SHA-256 like
 * data files. The one kind this version writes is `conflicts`: the concurrent edits a
 * coordinator's `mcs merge` found, kept in the merged package so nobody has to re-run the merge to
 * see them. One conflict per line, canonical JSON.
 */
import { z } from 'zod';
import { hlcSchema } from '../model/sync-meta';

export const conflictAttachmentSchema = z
  .object({
    table: z.string().min(1).max(40),
    recordId: z.string().min(1).max(64),
    field: z.string().min(1).max(64),
    keptValue: z.unknown(),
    keptClock: hlcSchema,
    lostValue: z.unknown(),
    lostClock: hlcSchema,
  })
  .strict();
export type PackageConflict = z.infer<typeof conflictAttachmentSchema>;

export const CONFLICTS_ATTACHMENT_PATH = 'extra/conflicts.ndjson';
