/**
 * Result packages against the workspace database (docs/exchange-format.md, EXCHANGE.md): export
 * (a scope, with the personal data the contacts' share scopes allow, signed with the workspace's
 * Ed25519 key), preview what importing a package would do, apply it in ONE transaction, and undo
 * the last import. The algorithm is the in-memory `Replica`'s (src-core/sync/replica.ts): every
 * incoming record goes through `mergeRecord` against the local row, concurrent edits that lose
 * land in the conflict log, and a clock more than a day ahead refuses the whole import.
 *
 * Bookkeeping lives in the settings table under `exchange:*` keys (schemas in
 * src-core/model/workspace.ts, so backups keep them):
 * - `exchange:knowledge`: the union of the knowledge of the complete packages imported (what this
 *   workspace has seen beyond the clocks its own rows still carry);
 * - `exchange:importedPackages`: ids of the packages imported (for "already imported");
 * - `exchange:lastImport`: what "Undo last import" needs (pre- and post-images of every record
 *   the import changed, the conflict-log rows it added, replaced or purged, and the bookkeeping
 *   rows as they were);
 * - `exchange:partners`: each partner node seen (who, trusted key, what it has seen, last
 *   package received and sent) — see ./partners.ts;
 * - `exchange:signingKey`, `exchange:lastSent`.
 */
import {
  syncedTableNames,
  contactPersonalFields,
  type SyncedTableName,
} from '../../src-core/model/entities';
import { newRecordId } from '../../src-core/model/ids';
import type { SyncMeta } from '../../src-core/model/sync-meta';
import { conflictSchema, type Conflict, type LastImport } from '../../src-core/model/workspace';
import {
  readPackage,
  selectForExport,
  writePackage,
  type Manifest,
  type PackageRecord,
  type PackageScope,
  type PersonalDataChoice,
  type ReadPackageOptions,
  type ReadPackageResult,
  type Redaction,
  type ScopeTables,
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
import {
  knownKeysOf,
  partnersAfterImport,
  readPartners,
  SignerTrustError,
  trustQuestion,
  workspaceSigningKey,
} from './partners';
import type { BulkProgress } from './progress';
import { bulkTable, type StudioDb } from './schema';
import { readSetting } from './settings';

export { readPartners } from './partners';

/** A synced record of any table. */
type SyncRecord = SyncMeta & { readonly [field: string]: unknown };

export const EXCHANGE_KNOWLEDGE_KEY = 'exchange:knowledge';
export const IMPORTED_PACKAGES_KEY = 'exchange:importedPackages';
export const LAST_IMPORT_KEY = 'exchange:lastImport';

const ALL_TABLES = [...syncedTableNames, 'settings', 'conflicts'];

/** Fields of an erased contact whose old values must not survive anywhere (conflict log incl.). */
const ERASED_CONFLICT_FIELDS = new Set<string>([...contactPersonalFields, 'doNotContact']);

const isErased = (record: SyncRecord | undefined): boolean =>
  record !== undefined && record.erasedAt !== null && record.erasedAt !== undefined;

type LocalRows = { readonly [T in SyncedTableName]: readonly SyncRecord[] };

/** Every row of every synced table, read once (inside the caller's transaction). */
async function readAllRows(db: StudioDb): Promise<LocalRows> {
  const all: Partial<Record<SyncedTableName, SyncRecord[]>> = {};
  for (const table of syncedTableNames) {
    all[table] = (await bulkTable(db, table).toArray()) as SyncRecord[];
  }
  return all as LocalRows;
}

/** This workspace's knowledge: every clock its rows carry, what it imported, its own clock. */
async function localKnowledge(db: StudioDb, rows: LocalRows): Promise<Knowledge> {
  let knowledge: Knowledge = (await readSetting(db, 'exchange:knowledge')) ?? {};
  for (const table of syncedTableNames)
    knowledge = mergeKnowledge(knowledge, knowledgeOf(rows[table]));
  const clock = await readSetting(db, 'clock');
  if (clock) knowledge = mergeKnowledge(knowledge, knowledgeOf([{ clocks: { '*': clock } }]));
  return knowledge;
}

// ---------------------------------------------------------------------------------------------
// Export

/**
 * What to export. "Changes since" names a partner, whose knowledge this workspace keeps; the
 * exchange folder passes the knowledge of its own previous package in the folder instead.
 */
export type ExportScope =
  | { readonly kind: 'workspace' }
  | { readonly kind: 'cluster'; readonly clusterId: string }
  | { readonly kind: 'metaCluster'; readonly metaClusterId: string }
  | { readonly kind: 'workshop'; readonly workshopId: string }
  | {
      readonly kind: 'changesSince';
      readonly partnerNodeId: string;
      readonly knowledge?: Knowledge;
    };

export interface ExportOptions {
  readonly scope: ExportScope;
  /** `as-shared` (default): each contact's share scope decides; `none`: no personal data. */
  readonly personalData?: PersonalDataChoice;
  readonly appVersion: string;
  /** Wall-clock ms of the export (the manifest's `createdAt`). */
  readonly now: number;
  /** UUID; a new UUIDv7 when omitted. */
  readonly packageId?: string;
  /** Sign with the workspace key (default true; created on first use). */
  readonly sign?: boolean;
  readonly onProgress?: (progress: BulkProgress) => void;
}

export interface ExportedPackage {
  readonly bytes: Uint8Array;
  readonly packageId: string;
  readonly createdAt: string;
  readonly scope: PackageScope;
  readonly knowledge: Knowledge;
  readonly records: number;
  readonly redaction: Redaction;
}

/** Thrown for "changes since" a partner this workspace has never received a package from. */
export class UnknownPartnerError extends Error {
  constructor(readonly nodeId: string) {
    super(`No package from ${nodeId} was ever imported here`);
    this.name = 'UnknownPartnerError';
  }
}

/**
 * A package of `scope` (sample rows never leave the computer; deleted records travel), signed
 * with the workspace's key. Reads in one transaction, so the package is one consistent state.
 */
export async function exportPackage(
  db: StudioDb,
  {
    scope,
    personalData = 'as-shared',
    appVersion,
    now,
    packageId = newRecordId(),
    sign = true,
    onProgress = () => undefined,
  }: ExportOptions,
): Promise<ExportedPackage> {
  // Key generation is WebCrypto work, which must not run inside an IndexedDB transaction.
  const signingKey = sign ? await workspaceSigningKey(db) : undefined;
  onProgress({ phase: 'validating', done: 0, total: 1 });
  const { all, knowledge, identity, partners } = await db.transaction('r', ALL_TABLES, async () => {
    const identity = await readSetting(db, 'identity');
    if (!identity) throw new NoIdentityError();
    const rows = await readAllRows(db);
    const all: Record<string, SyncRecord[]> = {};
    for (const table of syncedTableNames) {
      all[table] = rows[table].filter((row) => (row as { origin?: unknown }).origin !== 'sample');
    }
    const knowledge = await localKnowledge(db, rows);
    return { all, knowledge, identity, partners: await readPartners(db) };
  });
  let packageScope: PackageScope;
  if (scope.kind === 'changesSince') {
    const partner = partners[scope.partnerNodeId];
    if (!scope.knowledge && !partner) throw new UnknownPartnerError(scope.partnerNodeId);
    packageScope = {
      kind: 'changesSince',
      partnerNodeId: scope.partnerNodeId,
      knowledge: scope.knowledge ?? partner?.knowledge ?? {},
    };
  } else {
    packageScope = scope;
  }
  const selection = selectForExport(all as unknown as ScopeTables, packageScope, personalData);
  const createdAt = new Date(now).toISOString();
  const bytes = await writePackage({
    source: {
      nodeId: identity.nodeId,
      partnerOrganisation: identity.partnerOrganisation,
      facilitator: identity.facilitatorName,
    },
    scope: packageScope,
    knowledge,
    tables: selection.tables as Record<string, PackageRecord[]>,
    appVersion,
    createdAt,
    packageId,
    redaction: selection.redaction,
    ...(signingKey ? { signingKey } : {}),
    onChunk: (done, total) => onProgress({ phase: 'writing', done, total }),
  });
  return {
    bytes,
    packageId,
    createdAt,
    scope: packageScope,
    knowledge,
    records: selection.records,
    redaction: selection.redaction,
  };
}

/** The whole workspace, unsigned unless asked (tests, benchmarks and `mcs` compare bytes). */
export async function exportWorkspacePackage(
  db: StudioDb,
  options: Pick<ExportOptions, 'appVersion' | 'now' | 'packageId' | 'sign'>,
): Promise<Uint8Array> {
  return (await exportPackage(db, { sign: false, ...options, scope: { kind: 'workspace' } })).bytes;
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
function planImport(pkg: ReadPackageResult, rows: LocalRows, knowledge: Knowledge): ImportPlan {
  const perTable: TablePreview[] = [];
  const changes: RecordChange[] = [];
  const conflicts: FieldConflict[] = [];
  const erasedContacts: string[] = [];
  for (const table of syncedTableNames) {
    const incoming = (pkg.tables[table] ?? []) as SyncRecord[];
    if (incoming.length === 0) continue;
    const ids = [...new Set(incoming.map((record) => record.id))];
    const held = new Map(rows[table].map((row) => [row.id, row]));
    const before = new Map<string, SyncRecord>();
    for (const id of ids) {
      const row = held.get(id);
      if (row !== undefined) before.set(id, row);
    }
    const current = new Map(before);
    for (const record of incoming) {
      const result = mergeRecord(current.get(record.id), record, {
        senderKnowledge: pkg.manifest.knowledge,
        localKnowledge: knowledge,
        table,
      });
      if (result.changed.length > 0) {
        // A new record that arrived already canonical is stored as read (the same value; writing
        // the reader's object rather than a rebuilt copy is measurably faster in IndexedDB).
        const same = !current.has(record.id) && sameValue(result.record, record);
        current.set(record.id, same ? record : result.record);
      }
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
  return (await readSetting(db, 'exchange:importedPackages')) ?? [];
}

// ---------------------------------------------------------------------------------------------
// Preview

export interface PackagePreview {
  readonly manifest: Manifest;
  readonly signature: SignatureStatus;
  /** Fingerprint of the key that signed it, and of the key trusted for that partner so far. */
  readonly signerFingerprint: string | null;
  readonly knownFingerprint: string | null;
  /** Why applying needs the user's explicit trust (a changed key, or unsigned from a signer). */
  readonly trust: 'keyChanged' | 'unsignedFromSigner' | null;
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
  const partners = await readPartners(db);
  const pkg = await readPackage(bytes, { knownKeys: knownKeysOf(partners), ...readOptions });
  const trust = await trustQuestion(pkg, partners);
  return db.transaction('r', ALL_TABLES, async () => {
    const alreadyImported = (await importedPackages(db)).includes(pkg.manifest.packageId);
    const rows = await readAllRows(db);
    const plan = planImport(pkg, rows, await localKnowledge(db, rows));
    return {
      manifest: pkg.manifest,
      signature: pkg.signature,
      ...trust,
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
  /** The user checked a changed key (or an unsigned package from a signing partner) and trusts it. */
  readonly acceptSigner?: boolean;
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
  /** What the package's sender had seen (its manifest's knowledge). */
  readonly knowledge: Knowledge;
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

/** Ids of the records an import creates, by table. */
function createdIds(changes: readonly RecordChange[]): LastImport['created'] {
  const out: Partial<Record<SyncedTableName, string[]>> = {};
  for (const { table, before, after } of changes) {
    if (before === null) (out[table] ??= []).push(after.id);
  }
  return out;
}

/** The highest clock of a record. */
function maxClockOf(record: SyncRecord): string {
  let highest = '';
  for (const clock of Object.values(record.clocks)) if (clock > highest) highest = clock;
  return highest;
}

export const conflictId = (packageId: string, c: FieldConflict): string =>
  `${packageId}:${c.table ?? ''}:${c.recordId}:${c.field}`;

/**
 * Merge a package into the workspace, all in one transaction: a refusal (`PackageError`), a
 * signer the user has not accepted (`SignerTrustError`), a clock more than a day ahead
 * (`ClockError`) or any failure while writing leaves the database as it was. A package already
 * imported changes nothing (and keeps the previous undo).
 */
export async function applyPackage(
  db: StudioDb,
  bytes: Uint8Array,
  { now, readOptions = {}, acceptSigner = false, onProgress = () => undefined }: ApplyOptions,
): Promise<ApplyResult> {
  const partnersAtRead = await readPartners(db);
  const pkg = await readPackage(bytes, {
    knownKeys: knownKeysOf(partnersAtRead),
    onEntry: (done, total) => onProgress({ phase: 'validating', done, total }),
    ...readOptions,
  });
  const { packageId } = pkg.manifest;
  const question = await trustQuestion(pkg, partnersAtRead);
  if (question.trust !== null && !acceptSigner) {
    throw new SignerTrustError(question.trust, {
      partner: pkg.manifest.source.partnerOrganisation,
      fingerprint: question.signerFingerprint ?? '',
      known: question.knownFingerprint ?? '',
    });
  }
  const highest = highestClock(pkg);
  const total = syncedTableNames.reduce((sum, table) => sum + (pkg.tables[table]?.length ?? 0), 0);
  return db.transaction('rw', ALL_TABLES, async () => {
    const imported = await importedPackages(db);
    if (imported.includes(packageId)) {
      return {
        packageId,
        changed: 0,
        conflicts: 0,
        alreadyImported: true,
        knowledge: pkg.manifest.knowledge,
      };
    }

    // The clock first: a skewed package throws before anything is written.
    const identity = await readSetting(db, 'identity');
    if (!identity) throw new NoIdentityError();
    const stored = await readSetting(db, 'clock');
    const local = stored ? parseHlc(stored) : initialHlc(identity.nodeId);
    const clock =
      highest === ''
        ? undefined
        : formatHlc(receiveHlc({ ...local, node: identity.nodeId }, parseHlc(highest), now));

    const rows = await readAllRows(db);
    const knowledge = await localKnowledge(db, rows);
    const plan = planImport(pkg, rows, knowledge);
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
    const knowledgeBefore = (await readSetting(db, 'exchange:knowledge')) ?? null;
    const importedRow = (await readSetting(db, 'exchange:importedPackages')) ?? null;
    const partnersRow = (await readSetting(db, 'exchange:partners')) ?? null;
    const undoable = plan.erasedContacts.length === 0;
    const lastImport: LastImport = {
      packageId,
      appliedAt: detectedAt,
      undoable,
      clockAfter: clock ?? stored ?? null,
      created: undoable ? createdIds(plan.changes) : {},
      updated: undoable
        ? plan.changes.flatMap(({ table, before }) => (before ? [{ table, before }] : []))
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
      const rows = plan.changes.filter((change) => change.table === table).map((c) => c.after);
      if (rows.length > 0) await bulkTable(db, table).bulkPut(rows);
      written += pkg.tables[table]?.length ?? 0;
      onProgress({ phase: 'writing', done: written, total });
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
    await db.settings.put({
      key: 'exchange:partners',
      value: partnersAfterImport(partnersRow ?? {}, pkg, detectedAt),
    });
    return {
      packageId,
      changed: plan.changes.length,
      conflicts: newConflicts.length,
      alreadyImported: false,
      knowledge: pkg.manifest.knowledge,
    };
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
  const last = await readSetting(db, 'exchange:lastImport');
  return last
    ? { packageId: last.packageId, appliedAt: last.appliedAt, undoable: last.undoable }
    : null;
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
    const last = await readSetting(db, 'exchange:lastImport');
    if (!last || !last.undoable) return false;
    const unchangedSince = (record: SyncRecord | undefined): boolean =>
      record !== undefined && last.clockAfter !== null && maxClockOf(record) <= last.clockAfter;
    for (const table of syncedTableNames) {
      const created = last.created[table] ?? [];
      const restore = last.updated.filter((entry) => entry.table === table).map((e) => e.before);
      if (created.length === 0 && restore.length === 0) continue;
      const rows = bulkTable(db, table);
      const ids = [...created, ...restore.map((record) => record.id)];
      const current = (await rows.bulkGet(ids)) as (SyncRecord | undefined)[];
      current.forEach((record, index) => {
        if (!unchangedSince(record)) {
          throw new UndoImportError('changedSince', { table, recordId: ids[index] ?? '' });
        }
      });
      if (restore.length > 0) await rows.bulkPut(restore);
      if (created.length > 0) await rows.bulkDelete(created);
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
    await restoreSetting('exchange:partners', last.partnersBefore);
    await db.settings.delete(LAST_IMPORT_KEY);
    return true;
  });
}
