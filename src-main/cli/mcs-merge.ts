/**
 * `mcs merge` and `mcs diff`: the coordinator merges partners' result packages into one, and
 * compares two packages record by record. The pure parts (`mergePackages`, `diffPackages`) work on
 * read packages so tests and the benchmark call them without files; the commands add file I/O.
 *
 * Determinism: the inputs are merged in order of `packageId` (then of the SHA-256 of their bytes),
 * and the output's `createdAt` and `packageId` are derived from the inputs, so the same packages
 * give the same bytes whatever the order of the arguments (and whenever the merge runs).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { v7 as uuidv7 } from 'uuid';
import { canonicalJson } from '../../src-core/exchange/canonical';
import type { Knowledge, Manifest, MethodRef, Redaction } from '../../src-core/exchange/format';
import { readPackage } from '../../src-core/exchange/read';
import type { ReadPackageResult } from '../../src-core/exchange/read';
import { writePackage } from '../../src-core/exchange/write';
import type { PackageRecord } from '../../src-core/exchange/write';
import { syncedTableNames } from '../../src-core/model/entities';
import type { SyncedTableName } from '../../src-core/model/entities';
import type { SyncMeta } from '../../src-core/model/sync-meta';
import { isNodeId } from '../../src-core/sync/hlc';
import { mergeKnowledge } from '../../src-core/sync/knowledge';
import { mergeTable, normaliseRecord } from '../../src-core/sync/merge';

/** The node id of the coordinator's merge when `--node` is not given. */
export const MERGE_NODE_ID = '0000000000000000';

/** How many record ids `mcs diff` lists per category before "… and N more". */
export const DIFF_LIST_LIMIT = 10;

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
}

export interface MergeOutcome {
  readonly bytes: Uint8Array;
  readonly counts: Readonly<Partial<Record<SyncedTableName, number>>>;
  readonly conflicts: number;
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
  return { file, sha256, result: await readPackage(bytes) };
}

/** Reads every file; the first one that cannot be read or is refused throws a `LoadError`. */
export async function loadPackages(files: readonly string[]): Promise<LoadedPackage[]> {
  const loaded: LoadedPackage[] = [];
  for (const file of files) {
    try {
      loaded.push(await loadPackageBytes(file, new Uint8Array(await readFile(file))));
    } catch (error) {
      throw new LoadError(file, error);
    }
  }
  return loaded;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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

/**
 * Merges the records of every package, table by table, last writer wins per field
 * (`mergeTable`), and writes the result as one unsigned workspace package.
 */
export async function mergePackages(
  packages: readonly LoadedPackage[],
  settings: MergeSettings,
): Promise<MergeOutcome> {
  const ordered = mergeOrder(packages);
  const manifests = ordered.map((pkg) => pkg.result.manifest);
  const merged = new Map<SyncedTableName, Map<string, MergeRecord>>();
  let knowledge: Knowledge = {};
  let conflicts = 0;
  for (const pkg of ordered) {
    const sender = pkg.result.manifest.knowledge;
    for (const table of syncedTableNames) {
      const incoming = (pkg.result.tables[table] ?? []) as readonly MergeRecord[];
      if (incoming.length === 0) continue;
      const local = merged.get(table) ?? new Map<string, MergeRecord>();
      const result = mergeTable(local, incoming, sender, { table, localKnowledge: knowledge });
      merged.set(table, result.records);
      conflicts += result.conflicts.length;
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
  });
  return { bytes, counts, conflicts };
}

/** The differences of one table between two packages (ids sorted). */
export interface TableDiff {
  readonly table: SyncedTableName;
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  readonly differing: readonly string[];
}

/** Record id → canonical text of the normalised record (clock layout does not count). */
function canonicalRecords(result: ReadPackageResult, table: SyncedTableName): Map<string, string> {
  const out = new Map<string, string>();
  for (const record of (result.tables[table] ?? []) as readonly MergeRecord[]) {
    out.set(record.id, canonicalJson(normaliseRecord(record, table)));
  }
  return out;
}

/** Compares the records of every table; manifests are ignored. Empty when identical. */
export function diffPackages(a: ReadPackageResult, b: ReadPackageResult): TableDiff[] {
  const diffs: TableDiff[] = [];
  for (const table of syncedTableNames) {
    const left = canonicalRecords(a, table);
    const right = canonicalRecords(b, table);
    const onlyInA: string[] = [];
    const differing: string[] = [];
    for (const [id, text] of left) {
      const other = right.get(id);
      if (other === undefined) onlyInA.push(id);
      else if (other !== text) differing.push(id);
    }
    const onlyInB = [...right.keys()].filter((id) => !left.has(id));
    if (onlyInA.length + onlyInB.length + differing.length === 0) continue;
    diffs.push({
      table,
      onlyInA: onlyInA.sort(compareText),
      onlyInB: onlyInB.sort(compareText),
      differing: differing.sort(compareText),
    });
  }
  return diffs;
}

/** "3: id1, id2, id3" with at most `DIFF_LIST_LIMIT` ids, then "… and N more". */
function listIds(ids: readonly string[]): string {
  if (ids.length === 0) return '0';
  const shown = ids.slice(0, DIFF_LIST_LIMIT).join(', ');
  const more = ids.length > DIFF_LIST_LIMIT ? ` … and ${ids.length - DIFF_LIST_LIMIT} more` : '';
  return `${ids.length}: ${shown}${more}`;
}

/** The lines `mcs diff` prints for the differences. */
export function diffLines(diffs: readonly TableDiff[]): string[] {
  const lines: string[] = [];
  for (const diff of diffs) {
    lines.push(`${diff.table}:`);
    lines.push(`  only in a ${listIds(diff.onlyInA)}`);
    lines.push(`  only in b ${listIds(diff.onlyInB)}`);
    lines.push(`  differing ${listIds(diff.differing)}`);
  }
  return lines;
}

/** The one summary line of a merge: records per table and the number of conflicts. */
export function mergeSummary(out: string, inputs: number, outcome: MergeOutcome): string {
  const tables = syncedTableNames
    .filter((table) => (outcome.counts[table] ?? 0) > 0)
    .map((table) => `${table} ${outcome.counts[table]}`);
  const records = tables.length === 0 ? 'no records' : tables.join(', ');
  const s = inputs === 1 ? '' : 's';
  return `${out}: merged ${inputs} package${s}: ${records}; ${outcome.conflicts} conflicts.`;
}

/** Whether `--node` names a valid node id (16 lowercase hex digits). */
export const isMergeNodeId = (value: string): boolean => isNodeId(value);

/** Writes the merged package; the caller has already read and merged every input. */
export async function writeMerged(out: string, bytes: Uint8Array): Promise<void> {
  await writeFile(out, bytes);
}
