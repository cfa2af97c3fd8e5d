/**
 * `mcs merge`: the coordinator merges partners' result packages into one. The pure part
 * (`mergePackages`) works on read packages so tests and the benchmark call it without files; the
 * loaders and `writeMerged` add file I/O. (`mcs diff` is in `mcs-diff.ts`, re-exported here.)
 *
 * Determinism: the inputs are merged in order of `packageId` (then of the SHA-256 of their bytes),
 * the conflicts kept in the output are sorted, and the output's `createdAt` and `packageId` are
 * derived from the inputs, so the same packages give the same bytes whatever the order of the
 * arguments (and whenever the merge runs).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { v7 as uuidv7 } from 'uuid';
import type { PackageConflict } from '../../src-core/exchange/attachments';
import { canonicalJson } from '../../src-core/exchange/canonical';
import { MAX_ATTACHMENT_RECORDS } from '../../src-core/exchange/format';
import type { Knowledge, Manifest, MethodRef, Redaction } from '../../src-core/exchange/format';
import { signerOf, type SigningKey } from '../../src-core/exchange/keys';
import { readPackage } from '../../src-core/exchange/read';
import type { ReadPackageResult } from '../../src-core/exchange/read';
import { writePackage } from '../../src-core/exchange/write';
import type { PackageRecord } from '../../src-core/exchange/write';
import { syncedTableNames } from '../../src-core/model/entities';
import type { SyncedTableName } from '../../src-core/model/entities';
import type { SyncMeta } from '../../src-core/model/sync-meta';
import { isNodeId } from '../../src-core/sync/hlc';
import { mergeKnowledge } from '../../src-core/sync/knowledge';
import { mergeTable } from '../../src-core/sync/merge';
import type { FieldConflict } from '../../src-core/sync/merge';
import { compareText } from './mcs-common';
import type { McsInput } from './mcs-common';
import { nodeZipReader, zlibCodec } from './node-zip';

export { DIFF_LIST_LIMIT, diffLines, diffPackages } from './mcs-diff';
export type { TableDiff } from './mcs-diff';

/** The node id of the coordinator's merge when `--node` is not given. */
export const MERGE_NODE_ID = '0000000000000000';

/**
 * At most this many conflicts are kept in a merged package: a reader refuses an attachment with
 * more records (`attachmentEntrySchema` in src-core/exchange/format.ts).
 */
export const MAX_KEPT_CONFLICTS = MAX_ATTACHMENT_RECORDS;

type MergeRecord = SyncMeta & PackageRecord;

/** One package read from a file, with the hash of its bytes (the tie-break of the merge order). */
export interface LoadedPackage {
  readonly file: string;
  readonly sha256: string;
  readonly result: ReadPackageResult;
}

export interface MergeSettings {
  readonly nodeId?: string;
  readonly partnerOrganisation?: string;
  readonly facilitator?: string;
  readonly appVersion: string;
  /** Signs the merged package (the signer is its source node, `nodeId`). */
  readonly signingKey?: SigningKey;
}

export interface MergeOutcome {
  readonly bytes: Uint8Array;
  readonly counts: Readonly<Partial<Record<SyncedTableName, number>>>;
  /** The concurrent edits the merge found. */
  readonly conflicts: number;
  /** How many of them the package keeps (all, unless over `MAX_KEPT_CONFLICTS`). */
  readonly keptConflicts: number;
}

/** Thrown by `loadPackages`: the file that failed and the error, for a `<file>: <reason>` line. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly error: unknown,
  ) {
    super(`${file} could not be read`);
    this.name = 'LoadError';
  }
}

/** Reads one package from its bytes (the hash is taken of the exact bytes). */
export async function loadPackageBytes(file: string, bytes: Uint8Array): Promise<LoadedPackage> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { file, sha256, result: await readPackage(bytes, { zipReader: nodeZipReader }) };
}

/** Reads every file; the first one that cannot be read or is refused throws a `LoadError`. */
export async function loadPackages(files: readonly string[]): Promise<LoadedPackage[]> {
  return (
    await loadInputs(
      files.map((file) => ({ file })),
      false,
    )
  ).loaded;
}

/** What `loadInputs` read, and the inputs it skipped (only with `skipBad`). */
export interface LoadedInputs {
  readonly loaded: LoadedPackage[];
  readonly skipped: LoadError[];
}

/**
 * Reads every input (folders already expanded). Without `skipBad`, the first input that cannot be
 * read or is refused throws a `LoadError`; with it, such inputs are returned as skipped.
 */
export async function loadInputs(
  inputs: readonly McsInput[],
  skipBad: boolean,
): Promise<LoadedInputs> {
  const loaded: LoadedPackage[] = [];
  const skipped: LoadError[] = [];
  for (const input of inputs) {
    try {
      if (input.error !== undefined) throw input.error;
      loaded.push(await loadPackageBytes(input.file, new Uint8Array(await readFile(input.file))));
    } catch (error) {
      const failure = new LoadError(input.file, error);
      if (!skipBad) throw failure;
      skipped.push(failure);
    }
  }
  return { loaded, skipped };
}

/** The merge order: by packageId, then by the hash of the bytes (argument order never counts). */
function mergeOrder(packages: readonly LoadedPackage[]): LoadedPackage[] {
  return [...packages].sort(
    (a, b) =>
      compareText(a.result.manifest.packageId, b.result.manifest.packageId) ||
      compareText(a.sha256, b.sha256),
  );
}

/** The union of the methods used, sorted by id then version. */
function mergeMethods(manifests: readonly Manifest[]): MethodRef[] {
  const byKey = new Map<string, MethodRef>();
  for (const manifest of manifests) {
    for (const method of manifest.methods) byKey.set(`${method.id}\u0000${method.version}`, method);
  }
  return [...byKey.keys()].sort(compareText).map((key) => byKey.get(key) as MethodRef);
}

/** Personal data is "none" only when every input left it out; omitted contacts add up. */
function mergeRedaction(manifests: readonly Manifest[]): Redaction {
  const none = manifests.every((manifest) => manifest.redaction.personalData === 'none');
  const omitted = manifests.reduce((sum, m) => sum + m.redaction.omittedContacts, 0);
  const reasons = [...new Set(manifests.map((m) => m.redaction.reason).filter(Boolean))].sort();
  const reason = reasons.join(' / ');
  return {
    personalData: none ? 'none' : 'as-shared',
    omittedContacts: omitted,
    reason: reason.length > 500 ? `${reason.slice(0, 499)}…` : reason,
  };
}

/** The latest `createdAt` of the inputs (so the output's date does not depend on when it ran). */
function latestCreatedAt(manifests: readonly Manifest[]): string {
  let latest = manifests[0]?.createdAt ?? new Date(0).toISOString();
  for (const manifest of manifests) {
    if (Date.parse(manifest.createdAt) > Date.parse(latest)) latest = manifest.createdAt;
  }
  return new Date(Date.parse(latest)).toISOString();
}

/** A UUIDv7 at `createdAt` whose random part is the hash of the inputs in merge order. */
function derivedPackageId(createdAt: string, ordered: readonly LoadedPackage[]): string {
  const hash = createHash('sha256');
  for (const pkg of ordered) hash.update(pkg.sha256);
  const random = new Uint8Array(hash.digest().subarray(0, 16));
  return uuidv7({ msecs: Date.parse(createdAt), random });
}

/** The order conflicts are kept in: table, record, field, losing clock (then the rest). */
function compareConflicts(a: PackageConflict, b: PackageConflict): number {
  return (
    compareText(a.table, b.table) ||
    compareText(a.recordId, b.recordId) ||
    compareText(a.field, b.field) ||
    compareText(a.lostClock, b.lostClock) ||
    compareText(a.keptClock, b.keptClock) ||
    compareText(canonicalJson(a), canonicalJson(b))
  );
}

/**
 * The conflicts to keep in the package: each once, in a deterministic order. None of a contact
 * that ends up erased: its old values must not travel on in the conflict log.
 */
function keptConflicts(
  found: readonly FieldConflict[],
  contacts: ReadonlyMap<string, MergeRecord> | undefined,
): PackageConflict[] {
  const byText = new Map<string, PackageConflict>();
  for (const conflict of found) {
    if (conflict.table === 'contacts' && contacts?.get(conflict.recordId)?.erasedAt) continue;
    const kept: PackageConflict = {
      table: conflict.table ?? '',
      recordId: conflict.recordId,
      field: conflict.field,
      keptValue: conflict.keptValue,
      keptClock: conflict.keptClock,
      lostValue: conflict.lostValue,
      lostClock: conflict.lostClock,
    };
    byText.set(canonicalJson(kept), kept);
  }
  return [...byText.values()].sort(compareConflicts);
}

/**
 * Merges the records of every package, table by table, last writer wins per field
 * (`mergeTable`), and writes the result as one workspace package that keeps the conflicts found
 * (signed when `settings.signingKey` is given).
 */
export async function mergePackages(
  packages: readonly LoadedPackage[],
  settings: MergeSettings,
): Promise<MergeOutcome> {
  const ordered = mergeOrder(packages);
  const manifests = ordered.map((pkg) => pkg.result.manifest);
  const merged = new Map<SyncedTableName, Map<string, MergeRecord>>();
  let knowledge: Knowledge = {};
  const found: FieldConflict[] = [];
  for (const pkg of ordered) {
    const sender = pkg.result.manifest.knowledge;
    for (const table of syncedTableNames) {
      const incoming = (pkg.result.tables[table] ?? []) as readonly MergeRecord[];
      if (incoming.length === 0) continue;
      const local = merged.get(table) ?? new Map<string, MergeRecord>();
      const result = mergeTable(local, incoming, sender, { table, localKnowledge: knowledge });
      merged.set(table, result.records);
      for (const conflict of result.conflicts) found.push({ ...conflict, table });
    }
    knowledge = mergeKnowledge(knowledge, sender);
  }
  const tables: Record<string, readonly PackageRecord[]> = {};
  const counts: Partial<Record<SyncedTableName, number>> = {};
  for (const table of syncedTableNames) {
    const records = merged.get(table);
    if (records === undefined || records.size === 0) continue;
    tables[table] = [...records.values()];
    counts[table] = records.size;
  }
  const conflicts = keptConflicts(found, merged.get('contacts'));
  const kept = conflicts.slice(0, MAX_KEPT_CONFLICTS);
  const createdAt = latestCreatedAt(manifests);
  const bytes = await writePackage({
    source: {
      nodeId: settings.nodeId ?? MERGE_NODE_ID,
      partnerOrganisation: settings.partnerOrganisation ?? 'Coordinator merge',
      facilitator: settings.facilitator ?? '',
    },
    scope: { kind: 'workspace' },
    knowledge,
    tables,
    appVersion: settings.appVersion,
    createdAt,
    packageId: derivedPackageId(createdAt, ordered),
    methods: mergeMethods(manifests),
    redaction: mergeRedaction(manifests),
    conflicts: kept,
    codec: zlibCodec,
    ...(settings.signingKey === undefined ? {} : { signer: signerOf(settings.signingKey) }),
  });
  return { bytes, counts, conflicts: conflicts.length, keptConflicts: kept.length };
}

/** The summary line of a merge: records per table and the number of conflicts. */
export function mergeSummary(out: string, inputs: number, outcome: MergeOutcome): string {
  const tables = syncedTableNames
    .filter((table) => (outcome.counts[table] ?? 0) > 0)
    .map((table) => `${table} ${outcome.counts[table]}`);
  const records = tables.length === 0 ? 'no records' : tables.join(', ');
  const s = inputs === 1 ? '' : 's';
  const over =
    outcome.keptConflicts < outcome.conflicts
      ? ` (the first ${outcome.keptConflicts} kept in the package)`
      : '';
  return `${out}: merged ${inputs} package${s}: ${records}; ${outcome.conflicts} conflicts${over}.`;
}

/** Whether `--node` names a valid node id (16 lowercase hex digits). */
export const isMergeNodeId = (value: string): boolean => isNodeId(value);

/** Writes the merged package; the caller has already read and merged every input. */
export async function writeMerged(out: string, bytes: Uint8Array): Promise<void> {
  await writeFile(out, bytes);
}
