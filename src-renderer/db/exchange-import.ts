/**
 * Importing a result package: preview what it would do, then apply it in ONE transaction. The
 * merge itself is the pure planner of src-core (`planMerge`), the same one the in-memory replica
 * of the property tests runs; this module reads the rows, asks the planner, and writes its plan
 * with the bookkeeping (conflict log, knowledge, partners, the undo slot).
 *
 * Bookkeeping lives in the settings table under `exchange:*` keys (schemas in
 * src-core/model/workspace.ts, so backups keep them):
 * - `exchange:knowledge`: the knowledge of the complete packages imported (what this workspace has
 *   seen beyond the clocks its own rows still carry);
 * - `exchange:importedPackages`: ids of the packages imported (for "already imported");
 * - `exchange:lastImport`: what "Undo last import" needs (exchange-undo.ts);
 * - `exchange:partners`: each partner node seen (partners.ts).
 *
 * Who is asked first: a package of this workspace's own node is recognised and not imported; a
 * known partner's changed key (or an unsigned package from a partner who signs) needs the user's
 * confirmation; a partner never seen before may not erase anyone without it; and "Sync now"
 * leaves every package of a new partner for review (`newSenders: 'review'`).
 */
import {
  readPackage,
  type Manifest,
  type NewerContent,
  type Omission,
  type ReadPackageOptions,
  type ReadPackageResult,
  type SignatureStatus,
} from '../../src-core/exchange';
import { syncedTableNames, type SyncedTableName } from '../../src-core/model/entities';
import { countDangling, findDangling } from '../../src-core/model/references';
import { conflictSchema, type Conflict, type LastImport } from '../../src-core/model/workspace';
import { formatHlc } from '../../src-core/sync/hlc';
import type { Knowledge } from '../../src-core/sync/knowledge';
import type { FieldConflict } from '../../src-core/sync/merge';
import type { RecordChange, TableCounts } from '../../src-core/sync/plan';
import { NoIdentityError } from './clock';
import { planAgainst, rewriteFreed } from './exchange-plan';
import { personalConflictsOf } from './erasure';
import {
  ALL_TABLES,
  EXCHANGE_KNOWLEDGE_KEY,
  IMPORTED_PACKAGES_KEY,
  LAST_IMPORT_KEY,
  importedPackages,
  readAllRows,
} from './exchange-rows';
import {
  knownKeysOf,
  partnersAfterImport,
  readPartners,
  SignerTrustError,
  trustQuestion,
  type TrustReason,
} from './partners';
import type { BulkProgress } from './progress';
import { bulkTable, type StudioDb } from './schema';
import { readSetting } from './settings';

export interface TablePreview extends TableCounts {
  readonly table: SyncedTableName;
}

export const conflictId = (packageId: string, c: FieldConflict): string =>
  `${packageId}:${c.table ?? ''}:${c.recordId}:${c.field}`;

// ---------------------------------------------------------------------------------------------
// Preview

/** References of the package's records to records neither in it nor here. */
export interface MissingReferences {
  readonly table: SyncedTableName;
  readonly field: string;
  readonly target: SyncedTableName;
  readonly records: number;
}

export interface PackagePreview {
  readonly manifest: Manifest;
  readonly signature: SignatureStatus;
  /** Fingerprint of the key that signed it, and of the key trusted for that partner so far. */
  readonly signerFingerprint: string | null;
  readonly knownFingerprint: string | null;
  /** Why applying needs the user's explicit confirmation; null when it does not. */
  readonly trust: TrustReason | null;
  /** This workspace's own package: there is nothing to import. */
  readonly isOwn: boolean;
  /** A node this workspace has never received a package from. */
  readonly isNewPartner: boolean;
  readonly perTable: TablePreview[];
  readonly conflicts: number;
  /** People this package erases here. */
  readonly erasures: number;
  readonly alreadyImported: boolean;
  /** What the sender left out, and why (its manifest). */
  readonly omitted: readonly Omission[];
  /** References to records that are neither in the package nor here: ask the sender for them. */
  readonly missing: readonly MissingReferences[];
  /** What a newer version put in the package that this one does not know. */
  readonly newer: NewerContent;
  /** Conflicts a coordinator's merge recorded in the package. */
  readonly packageConflicts: number;
}

const isNewPartner = async (db: StudioDb, node: string): Promise<boolean> =>
  (await readPartners(db))[node] === undefined;

/** Reads a package (refusals throw `PackageError`) and says what applying it would do. */
export async function previewPackage(
  db: StudioDb,
  bytes: Uint8Array,
  readOptions: ReadPackageOptions = {},
  now: number = Date.now(),
): Promise<PackagePreview> {
  const partners = await readPartners(db);
  const pkg = await readPackage(bytes, { knownKeys: knownKeysOf(partners), ...readOptions });
  const answer = await trustQuestion(pkg, partners);
  return db.transaction('r', ALL_TABLES, async () => {
    const alreadyImported = (await importedPackages(db)).includes(pkg.manifest.packageId);
    const rows = await readAllRows(db);
    const merge = await planAgainst(db, pkg, rows, now);
    const isNew = !merge.isOwn && (await isNewPartner(db, pkg.manifest.source.nodeId));
    const held = new Map<string, Set<string>>();
    const isHeld = (table: SyncedTableName, id: string): boolean => {
      let ids = held.get(table);
      if (ids === undefined) held.set(table, (ids = new Set(rows[table].map((row) => row.id))));
      return ids.has(id);
    };
    return {
      manifest: pkg.manifest,
      signature: pkg.signature,
      signerFingerprint: answer.signerFingerprint,
      knownFingerprint: answer.knownFingerprint,
      trust:
        answer.trust ?? (isNew && merge.erasedContacts.length > 0 ? 'newPartnerErasures' : null),
      isOwn: merge.isOwn,
      isNewPartner: isNew,
      perTable: merge.perTable as TablePreview[],
      conflicts: merge.conflicts.length,
      erasures: merge.erasedContacts.length,
      alreadyImported,
      omitted: pkg.manifest.omitted ?? [],
      missing: countDangling(findDangling(pkg.tables, isHeld)),
      newer: pkg.newer,
      packageConflicts: pkg.conflicts.length,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Apply

export interface ApplyOptions {
  /** Wall-clock ms of the import (clock-skew check, `detectedAt` of conflicts). */
  readonly now: number;
  readonly readOptions?: ReadPackageOptions;
  /**
   * The user looked at the preview and confirmed what it asked: a changed key, an unsigned
   * package from a partner who signs, or erasures from a partner never seen before.
   */
  readonly acceptSigner?: boolean;
  /** `review` (Sync now): a package of a partner never seen before is not applied but refused. */
  readonly newSenders?: 'apply' | 'review';
  readonly onProgress?: (progress: BulkProgress) => void;
}

export interface ApplyResult {
  readonly packageId: string;
  /** Records written (new or changed). */
  readonly changed: number;
  /** Conflicts added to the conflict log. */
  readonly conflicts: number;
  /** True when the package had been imported before (nothing changed). */
  readonly alreadyImported: boolean;
  /** True when the package is this workspace's own (nothing changed). */
  readonly isOwn: boolean;
  /** What the package's sender had seen (its manifest's knowledge). */
  readonly knowledge: Knowledge;
}

/** Ids of the records an import creates, by table. */
function createdIds(changes: readonly RecordChange[]): LastImport['created'] {
  const out: Partial<Record<SyncedTableName, string[]>> = {};
  for (const { table, before, after } of changes) {
    if (before === null) (out[table as SyncedTableName] ??= []).push(after.id);
  }
  return out;
}

function trustValues(pkg: ReadPackageResult, extra: Record<string, string> = {}) {
  return { partner: pkg.manifest.source.partnerOrganisation, ...extra };
}

/**
 * Merge a package into the workspace, all in one transaction: a refusal (`PackageError`), a
 * signer or sender the user has not accepted (`SignerTrustError`), a clock more than a day ahead
 * (`ClockError`) or any failure while writing leaves the database as it was. A package already
 * imported, or this workspace's own, changes nothing (and keeps the previous undo).
 */
export async function applyPackage(
  db: StudioDb,
  bytes: Uint8Array,
  {
    now,
    readOptions = {},
    acceptSigner = false,
    newSenders = 'apply',
    onProgress = () => undefined,
  }: ApplyOptions,
): Promise<ApplyResult> {
  const partnersAtRead = await readPartners(db);
  const pkg = await readPackage(bytes, {
    knownKeys: knownKeysOf(partnersAtRead),
    onEntry: (done, total) => onProgress({ phase: 'validating', done, total }),
    ...readOptions,
  });
  const { packageId, source } = pkg.manifest;
  const question = await trustQuestion(pkg, partnersAtRead);
  if (question.trust !== null && !acceptSigner) {
    throw new SignerTrustError(
      question.trust,
      trustValues(pkg, {
        fingerprint: question.signerFingerprint ?? '',
        known: question.knownFingerprint ?? '',
      }),
    );
  }
  const total = syncedTableNames.reduce((sum, table) => sum + (pkg.tables[table]?.length ?? 0), 0);
  const unchanged = (extra: Partial<ApplyResult>): ApplyResult => ({
    packageId,
    changed: 0,
    conflicts: 0,
    alreadyImported: false,
    isOwn: false,
    knowledge: pkg.manifest.knowledge,
    ...extra,
  });
  return db.transaction('rw', ALL_TABLES, async () => {
    const imported = await importedPackages(db);
    if (imported.includes(packageId)) return unchanged({ alreadyImported: true });
    const identity = await readSetting(db, 'identity');
    if (!identity) throw new NoIdentityError();
    if (source.nodeId === identity.nodeId) return unchanged({ isOwn: true });
    const partnersRow = (await readSetting(db, 'exchange:partners')) ?? null;
    const isNew = (partnersRow ?? {})[source.nodeId] === undefined;
    if (isNew && newSenders === 'review') {
      throw new SignerTrustError(
        'newPartner',
        trustValues(pkg, { fingerprint: question.signerFingerprint ?? '' }),
      );
    }

    // The plan first: a skewed clock throws before anything is written.
    const rows = await readAllRows(db);
    const merge = await planAgainst(db, pkg, rows, now);
    if (isNew && merge.erasedContacts.length > 0 && !acceptSigner) {
      throw new SignerTrustError(
        'newPartnerErasures',
        trustValues(pkg, { erasures: String(merge.erasedContacts.length) }),
      );
    }
    const detectedAt = new Date(now).toISOString();
    const stored = await readSetting(db, 'clock');
    const freed = rewriteFreed(rows, merge, now);
    const changes = freed.changes;
    const clock = freed.clock ?? (merge.clockMoved ? formatHlc(merge.clock) : undefined);

    // Conflict-log rows: the new ones, and the rows of newly erased people to purge.
    const newConflicts: Conflict[] = merge.conflicts.map((c) =>
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
    const purged = await personalConflictsOf(db, merge.erasedContacts);
    const newIds = newConflicts.map((c) => c.id);
    const replaced = await db.conflicts.bulkGet(newIds);
    const conflictUndo = new Map<string, Conflict | null>();
    newIds.forEach((id, index) => conflictUndo.set(id, replaced[index] ?? null));
    for (const row of purged) conflictUndo.set(row.id, row);

    // Undo data, kept before writing. An import that erases a person keeps none of it.
    const knowledgeBefore = (await readSetting(db, 'exchange:knowledge')) ?? null;
    const importedRow = (await readSetting(db, 'exchange:importedPackages')) ?? null;
    const undoable = merge.erasedContacts.length === 0;
    const lastImport: LastImport = {
      packageId,
      appliedAt: detectedAt,
      undoable,
      clockAfter: clock ?? stored ?? null,
      created: undoable ? createdIds(changes) : {},
      updated: undoable
        ? changes.flatMap(({ table, before }) =>
            before ? [{ table: table as SyncedTableName, before }] : [],
          )
        : [],
      conflicts: undoable ? [...conflictUndo].map(([id, before]) => ({ id, before })) : [],
      knowledgeBefore,
      importedBefore: importedRow,
      partnersBefore: partnersRow,
    };
    await db.settings.put({ key: LAST_IMPORT_KEY, value: lastImport });

    // Write, table by table (parents first), reporting progress in records.
    if (clock !== undefined) await db.settings.put({ key: 'clock', value: clock });
    let written = 0;
    onProgress({ phase: 'writing', done: 0, total });
    for (const table of syncedTableNames) {
      const after = changes.filter((change) => change.table === table).map((c) => c.after);
      if (after.length > 0) await bulkTable(db, table).bulkPut(after);
      written += pkg.tables[table]?.length ?? 0;
      onProgress({ phase: 'writing', done: written, total });
    }
    if (purged.length > 0) await db.conflicts.bulkDelete(purged.map((row) => row.id));
    if (newConflicts.length > 0) await db.conflicts.bulkPut(newConflicts);
    // Complete packages only (the planner's rule): their knowledge becomes this workspace's.
    if (merge.isComplete) {
      await db.settings.put({ key: EXCHANGE_KNOWLEDGE_KEY, value: merge.knowledge });
    }
    await db.settings.put({ key: IMPORTED_PACKAGES_KEY, value: [...imported, packageId] });
    await db.settings.put({
      key: 'exchange:partners',
      value: partnersAfterImport(partnersRow ?? {}, pkg, detectedAt),
    });
    return {
      ...unchanged({}),
      changed: changes.length,
      conflicts: newConflicts.length,
    };
  });
}
