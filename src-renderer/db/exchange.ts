/**
 * Result packages against the workspace database (docs/exchange-format.md, EXCHANGE.md): export
 * the whole workspace, preview what importing a package would do, apply it in ONE transaction,
 * and undo the last import. The algorithm is the in-memory `Replica`'s (src-core/sync/replica.ts):
 * every incoming record goes through `mergeRecord` against the local row, concurrent edits that
 * lose land in the conflict log, and a clock more than a day ahead refuses the whole import.
 *
 * Local bookkeeping lives in the settings table under keys of its own (`exchange:*`), written with
 * `db.settings.put` and read back through the zod schemas below (they are not `settingSchemas`
 * keys, so `readSetting`/`writeSetting` and backups ignore them; a restored backup simply forgets
 * them, which is safe: imports stay idempotent through the merge itself):
 * - `exchange:knowledge`: the union of the knowledge of the workspace-wide packages imported
 *   (what this workspace has seen beyond the clocks its own rows still carry);
 * - `exchange:importedPackages`: ids of the packages imported (for "already imported");
 * - `exchange:lastImport`: what "Undo last import" needs (pre- and post-images of every record
 *   the import changed, the conflict-log rows it added, replaced or purged, and the bookkeeping
 *   rows as they were).
 */
import { z } from 'zod';
import {
  syncedTableNames,
  contactPersonalFields,
  type SyncedTableName,
} from '../../src-core/model/entities';
import { newRecordId } from '../../src-core/model/ids';
import type { SyncMeta } from '../../src-core/model/sync-meta';
import { conflictSchema, type Conflict } from '../../src-core/model/workspace';
import {
  knowledgeSchema,
  readPackage,
  writePackage,
  type Manifest,
  type PackageRecord,
  type ReadPackageOptions,
  type ReadPackageResult,
  type SignatureStatus,
} from '../../src-core/exchange';
import { formatHlc, initialHlc, parseHlc, receiveHlc } from '../../src-core/sync/hlc';
import {
  coversKnowledge,
  knowledgeOf,
  mergeKnowledge,
  type Knowledge,
} from '../../src-core/sync/knowledge';
import { mergeRecord, type FieldConflict } from '../../src-core/sync/merge';
import { sameValue } from '../../src-core/sync/stamp';
import { NoIdentityError } from './clock';
import { bulkTable, type StudioDb } from './schema';
import { readSetting } from './settings';

/** A synced record of any table. */
type SyncRecord = SyncMeta & { readonly [field: string]: unknown };

export const EXCHANGE_KNOWLEDGE_KEY = 'exchange:knowledge';
export const IMPORTED_PACKAGES_KEY = 'exchange:importedPackages';
export const LAST_IMPORT_KEY = 'exchange:lastImport';
export async function readPartners(db: StudioDb): Promise<Partners> {
  return (await readRow(db, PARTNERS_KEY, partnersSchema)) ?? {};
}

/** Who each node is, as its packages said (node id → partner, facilitator), for human labels. */
export const PARTNERS_KEY = 'exchange:partners';

export const partnersSchema = z.record(
  z.string(),
  z.object({
    partnerOrganisation: z.string(),
    facilitator: z.string(),
    lastReceivedAt: z.iso.datetime(),
  }),
);
export type Partners = z.infer<typeof partnersSchema>;

const importedPackagesSchema = z.array(z.string());
const recordSchema = z.looseObject({
  id: z.string(),
  deleted: z.boolean(),
  clocks: z.record(z.string(), z.string()),
});
const lastImportSchema = z.object({
  packageId: z.string(),
  appliedAt: z.iso.datetime(),
  /** False when the import erased a person: keeping their data for an undo would defeat it. */
  undoable: z.boolean(),
  records: z.array(
    z.object({
      table: z.enum(syncedTableNames as [SyncedTableName, ...SyncedTableName[]]),
      before: recordSchema.nullable(),
      after: recordSchema,
    }),
  ),
  /** Conflict-log rows as they were before the import (null: the import added that id). */
  conflicts: z.array(z.object({ id: z.string(), before: conflictSchema.nullable() })),
  knowledgeBefore: knowledgeSchema.nullable(),
  importedBefore: importedPackagesSchema.nullable(),
  partnersBefore: partnersSchema.nullable(),
});
type LastImport = z.infer<typeof lastImportSchema>;

const ALL_TABLES = [...syncedTableNames, 'settings', 'conflicts'];

/** Fields of an erased contact whose old values must not survive anywhere (conflict log incl.). */
const ERASED_CONFLICT_FIELDS = new Set<string>([...contactPersonalFields, 'doNotContact']);

async function readRow<T>(db: StudioDb, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const row = await db.settings.get(key);
  if (!row) return null;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

const isErased = (record: SyncRecord | undefined): boolean =>
  record !== undefined && record.erasedAt !== null && record.erasedAt !== undefined;

/** This workspace's knowledge: every clock its rows carry, what it imported, its own clock. */
async function localKnowledge(db: StudioDb): Promise<Knowledge> {
  let knowledge: Knowledge = (await readRow(db, EXCHANGE_KNOWLEDGE_KEY, knowledgeSchema)) ?? {};
  for (const table of syncedTableNames) {
    const rows = (await bulkTable(db, table).toArray()) as SyncRecord[];
    knowledge = mergeKnowledge(knowledge, knowledgeOf(rows));
  }
  const clock = await readSetting(db, 'clock');
  if (clock) knowledge = mergeKnowledge(knowledge, knowledgeOf([{ clocks: { '*': clock } }]));
  return knowledge;
}

// ---------------------------------------------------------------------------------------------
// Export

export interface ExportOptions {
  /** Only the whole workspace for now (other scopes, redaction and signing: not yet). */
  readonly scope: 'workspace';
  readonly appVersion: string;
  /** Wall-clock ms of the export (the manifest's `createdAt`). */
  readonly now: number;
  /** UUID; a new UUIDv7 when omitted. */
  readonly packageId?: string;
}

/** A package of every synced record (deleted ones too; sample rows never leave the computer). */
export async function exportWorkspacePackage(
  db: StudioDb,
  { appVersion, now, packageId = newRecordId() }: ExportOptions,
): Promise<Uint8Array> {
  const { tables, knowledge, identity } = await db.transaction('r', ALL_TABLES, async () => {
    const identity = await readSetting(db, 'identity');
    if (!identity) throw new NoIdentityError();
    const tables: Record<string, PackageRecord[]> = {};
    for (const table of syncedTableNames) {
      const rows = (await bulkTable(db, table).toArray()) as SyncRecord[];
      const shared = rows.filter((row) => (row as { origin?: unknown }).origin !== 'sample');
      if (shared.length > 0) tables[table] = shared;
    }
    return { tables, knowledge: await localKnowledge(db), identity };
  });
  return writePackage({
    source: {
      nodeId: identity.nodeId,
      partnerOrganisation: identity.partnerOrganisation,
      facilitator: identity.facilitatorName,
    },
    scope: { kind: 'workspace' },
    knowledge,
    tables,
    appVersion,
    createdAt: new Date(now).toISOString(),
    packageId,
  });
}

// ---------------------------------------------------------------------------------------------
// Plan (shared by preview and apply)

export interface TablePreview {
  readonly table: SyncedTableName;
  /** Records this workspace did not hold (including ones arriving already deleted). */
  readonly new: number;
  /** Records that change (and are not being deleted by the import). */
  readonly updated: number;
  /** Records held and not deleted here that the import deletes. */
  readonly deleted: number;
  /** Records the import leaves exactly as they are. */
  readonly unchanged: number;
}

interface RecordChange {
  readonly table: SyncedTableName;
  readonly before: SyncRecord | null;
  readonly after: SyncRecord;
}

interface ImportPlan {
  readonly perTable: TablePreview[];
  readonly changes: RecordChange[];
  readonly conflicts: FieldConflict[];
  /** Contacts this import erases (held here, not erased before). */
  readonly erasedContacts: string[];
}

/** What merging `pkg` into the database would do. Reads only; run inside a transaction. */
async function planImport(
  db: StudioDb,
  pkg: ReadPackageResult,
  knowledge: Knowledge,
): Promise<ImportPlan> {
  const perTable: TablePreview[] = [];
  const changes: RecordChange[] = [];
  const conflicts: FieldConflict[] = [];
  const erasedContacts: string[] = [];
  for (const table of syncedTableNames) {
    const incoming = (pkg.tables[table] ?? []) as SyncRecord[];
    if (incoming.length === 0) continue;
    const ids = [...new Set(incoming.map((record) => record.id))];
    const existing = (await bulkTable(db, table).bulkGet(ids)) as (SyncRecord | undefined)[];
    const before = new Map<string, SyncRecord>();
    ids.forEach((id, index) => {
      const row = existing[index];
      if (row !== undefined) before.set(id, row);
    });
    const current = new Map(before);
    for (const record of incoming) {
      const result = mergeRecord(current.get(record.id), record, {
        senderKnowledge: pkg.manifest.knowledge,
        localKnowledge: knowledge,
        table,
      });
      if (result.changed.length > 0) current.set(record.id, result.record);
      conflicts.push(...result.conflicts.map((conflict) => ({ ...conflict, table })));
    }
    const counts = { table, new: 0, updated: 0, deleted: 0, unchanged: 0 };
    for (const id of ids) {
      const was = before.get(id);
      const now = current.get(id) as SyncRecord | undefined;
      if (now === undefined || (was !== undefined && sameValue(was, now))) {
        counts.unchanged += 1;
        continue;
      }
      changes.push({ table, before: was ?? null, after: now });
      if (was === undefined) counts.new += 1;
      else if (!was.deleted && now.deleted) counts.deleted += 1;
      else counts.updated += 1;
      if (table === 'contacts' && was !== undefined && !isErased(was) && isErased(now)) {
        erasedContacts.push(id);
      }
    }
    perTable.push(counts);
  }
  return { perTable, changes, conflicts, erasedContacts };
}

async function importedPackages(db: StudioDb): Promise<string[]> {
  return (await readRow(db, IMPORTED_PACKAGES_KEY, importedPackagesSchema)) ?? [];
}

// ---------------------------------------------------------------------------------------------
// Preview

export interface PackagePreview {
  readonly manifest: Manifest;
  readonly signature: SignatureStatus;
  readonly perTable: TablePreview[];
  readonly conflicts: number;
  readonly alreadyImported: boolean;
}

/** Reads a package (refusals throw `PackageError`) and says what applying it would do. */
export async function previewPackage(
  db: StudioDb,
  bytes: Uint8Array,
  readOptions: ReadPackageOptions = {},
): Promise<PackagePreview> {
  const pkg = await readPackage(bytes, readOptions);
  return db.transaction('r', ALL_TABLES, async () => {
    const alreadyImported = (await importedPackages(db)).includes(pkg.manifest.packageId);
    const plan = await planImport(db, pkg, await localKnowledge(db));
    return {
      manifest: pkg.manifest,
      signature: pkg.signature,
      perTable: plan.perTable,
      conflicts: plan.conflicts.length,
      alreadyImported,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Apply

export interface ApplyOptions {
  /** Wall-clock ms of the import (clock-skew check, `detectedAt` of conflicts). */
  readonly now: number;
  readonly readOptions?: ReadPackageOptions;
}

export interface ApplyResult {
  readonly packageId: string;
  /** Records written (new or changed). */
  readonly changed: number;
  /** Conflicts added to the conflict log. */
  readonly conflicts: number;
}

/** The highest clock a package carries (knowledge and every record's clocks). */
function highestClock(pkg: ReadPackageResult): string {
  let highest = '';
  for (const clock of Object.values(pkg.manifest.knowledge)) if (clock > highest) highest = clock;
  for (const table of syncedTableNames) {
    for (const record of pkg.tables[table] ?? []) {
      for (const clock of Object.values(record.clocks)) if (clock > highest) highest = clock;
    }
  }
  return highest;
}

export const conflictId = (packageId: string, c: FieldConflict): string =>
  `${packageId}:${c.table ?? ''}:${c.recordId}:${c.field}`;

/**
 * Merge a package into the workspace, all in one transaction: a refusal (`PackageError`), a clock
 * more than a day ahead (`ClockError`) or any failure while writing leaves the database as it
 * was. A package already imported changes nothing (and keeps the previous undo).
 */
export async function applyPackage(
  db: StudioDb,
  bytes: Uint8Array,
  { now, readOptions = {} }: ApplyOptions,
): Promise<ApplyResult> {
  const pkg = await readPackage(bytes, readOptions);
  const { packageId } = pkg.manifest;
  const highest = highestClock(pkg);
  return db.transaction('rw', ALL_TABLES, async () => {
    const imported = await importedPackages(db);
    if (imported.includes(packageId)) return { packageId, changed: 0, conflicts: 0 };

    // The clock first: a skewed package throws before anything is written.
    const identity = await readSetting(db, 'identity');
    if (!identity) throw new NoIdentityError();
    const stored = await readSetting(db, 'clock');
    const local = stored ? parseHlc(stored) : initialHlc(identity.nodeId);
    const clock =
      highest === ''
        ? undefined
        : formatHlc(receiveHlc({ ...local, node: identity.nodeId }, parseHlc(highest), now));

    const knowledge = await localKnowledge(db);
    const plan = await planImport(db, pkg, knowledge);
    const detectedAt = new Date(now).toISOString();

    // Conflict-log rows: the new ones, and the rows of newly erased people to purge.
    const newConflicts: Conflict[] = plan.conflicts.map((c) =>
      conflictSchema.parse({
        id: conflictId(packageId, c),
        table: c.table,
        recordId: c.recordId,
        field: c.field,
        keptValue: c.keptValue,
        keptClock: c.keptClock,
        lostValue: c.lostValue,
        lostClock: c.lostClock,
        detectedAt,
        packageId,
        resolvedAt: null,
      }),
    );
    const purged: Conflict[] = [];
    for (const contactId of plan.erasedContacts) {
      const rows = await db.conflicts.where('[table+recordId]').equals(['contacts', contactId]);
      for (const row of await rows.toArray()) {
        if (ERASED_CONFLICT_FIELDS.has(row.field)) purged.push(row);
      }
    }
    const newIds = newConflicts.map((c) => c.id);
    const replaced = await db.conflicts.bulkGet(newIds);
    const conflictUndo = new Map<string, Conflict | null>();
    newIds.forEach((id, index) => conflictUndo.set(id, replaced[index] ?? null));
    for (const row of purged) conflictUndo.set(row.id, row);

    // Undo data, kept before writing. An import that erases a person keeps none of it.
    const knowledgeBefore = await readRow(db, EXCHANGE_KNOWLEDGE_KEY, knowledgeSchema);
    const importedRow = await readRow(db, IMPORTED_PACKAGES_KEY, importedPackagesSchema);
    const undoable = plan.erasedContacts.length === 0;
    const lastImport: LastImport = {
      packageId,
      appliedAt: detectedAt,
      undoable,
      records: undoable ? plan.changes : [],
      conflicts: undoable ? [...conflictUndo].map(([id, before]) => ({ id, before })) : [],
      knowledgeBefore,
      importedBefore: importedRow,
      partnersBefore: await readRow(db, PARTNERS_KEY, partnersSchema),
    };
    await db.settings.put({ key: LAST_IMPORT_KEY, value: lastImport });

    // Write.
    if (clock !== undefined) await db.settings.put({ key: 'clock', value: clock });
    for (const table of syncedTableNames) {
      const rows = plan.changes.filter((change) => change.table === table).map((c) => c.after);
      if (rows.length > 0) await bulkTable(db, table).bulkPut(rows);
    }
    if (purged.length > 0) await db.conflicts.bulkDelete(purged.map((row) => row.id));
    if (newConflicts.length > 0) await db.conflicts.bulkPut(newConflicts);
    // A package of part of a workspace does not carry all its sender knew; nor does a package of
    // changes since knowledge this workspace lacks.
    const { scope } = pkg.manifest;
    const complete =
      scope.kind === 'workspace' ||
      (scope.kind === 'changesSince' && coversKnowledge(knowledge, scope.knowledge));
    if (complete) {
      await db.settings.put({
        key: EXCHANGE_KNOWLEDGE_KEY,
        value: mergeKnowledge(knowledgeBefore ?? {}, pkg.manifest.knowledge),
      });
    }
    await db.settings.put({ key: IMPORTED_PACKAGES_KEY, value: [...imported, packageId] });
    const { source } = pkg.manifest;
    await db.settings.put({
      key: PARTNERS_KEY,
      value: {
        ...(await readPartners(db)),
        [source.nodeId]: {
          partnerOrganisation: source.partnerOrganisation,
          facilitator: source.facilitator,
          lastReceivedAt: new Date(now).toISOString(),
        },
      },
    });
    return { packageId, changed: plan.changes.length, conflicts: newConflicts.length };
  });
}

// ---------------------------------------------------------------------------------------------
// Undo

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
  const last = await readRow(db, LAST_IMPORT_KEY, lastImportSchema);
  return last && { packageId: last.packageId, appliedAt: last.appliedAt, undoable: last.undoable };
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
    const last = await readRow(db, LAST_IMPORT_KEY, lastImportSchema);
    if (!last || !last.undoable) return false;
    for (const table of syncedTableNames) {
      const entries = last.records.filter((entry) => entry.table === table);
      if (entries.length === 0) continue;
      const rows = bulkTable(db, table);
      const current = await rows.bulkGet(entries.map((entry) => entry.after.id));
      entries.forEach((entry, index) => {
        if (!sameValue(current[index], entry.after)) {
          throw new UndoImportError('changedSince', { table, recordId: entry.after.id });
        }
      });
      const restore = entries.flatMap((entry) => (entry.before ? [entry.before] : []));
      const remove = entries.filter((entry) => !entry.before).map((entry) => entry.after.id);
      if (restore.length > 0) await rows.bulkPut(restore);
      if (remove.length > 0) await rows.bulkDelete(remove);
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
    await restoreSetting(PARTNERS_KEY, last.partnersBefore);
    await db.settings.delete(LAST_IMPORT_KEY);
    return true;
  });
}
