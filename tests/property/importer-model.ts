/**
 * Helpers of the importer property suite (importer.property.test.ts): real workspaces over
 * fake-indexeddb with FIXED node ids (so a failing case replays: node ids break clock ties), their
 * rows read back, packages opened as bytes (what really travels, `origin` included if it ever
 * did), a package turned into one from a newer minor version of the format, and a seeded shuffle.
 */
import 'fake-indexeddb/auto';
import { strToU8 } from 'fflate';
import { canonicalJson } from '../../src-core/exchange/canonical';
import { PACKAGE_FORMAT_MINOR, type Omission } from '../../src-core/exchange/format';
import {
  syncedTableNames,
  type SyncedRecordOf,
  type SyncedTableName,
} from '../../src-core/model/entities';
import { findDangling, referencesOf, type RecordsByTable } from '../../src-core/model/references';
import { generateSampleWorkspace } from '../../src-core/sample';
import { normaliseRecord } from '../../src-core/sync/merge';
import { createRepositories, type Repositories } from '../../src-renderer/db/repositories';
import { bulkTable, type StudioDb } from '../../src-renderer/db/schema';
import { writeSetting } from '../../src-renderer/db/settings';
import { manifestOf, rehash, unzip, zip } from '../unit/exchange/helpers';

export const T0 = Date.UTC(2026, 2, 14, 9, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Node ids of the replicas (fixed: the HLC breaks ties by node id). */
export const NODES = [
  '0a0a0a0a0a0a0a0a',
  '1b1b1b1b1b1b1b1b',
  '2c2c2c2c2c2c2c2c',
  '3d3d3d3d3d3d3d3d',
] as const;
export const FRESH_NODE = 'ffffffffffffffff';

/** The sample every workspace loads (the same seed, so the same ids everywhere). */
export const SAMPLE_SEED = 7;
export const SAMPLE = generateSampleWorkspace({ seed: SAMPLE_SEED, organisations: 12 });

/** A synced row of any table, as stored. */
export type Row = {
  readonly id: string;
  readonly deleted: boolean;
  readonly clocks: Readonly<Record<string, string>>;
  readonly origin?: unknown;
} & Readonly<Record<string, unknown>>;

export type Rows = { [T in SyncedTableName]: Row[] };

export const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** A workspace database with an identity of `nodeId`, and repositories on the clock `now`. */
export async function openReplica(
  database: (withIdentity?: boolean) => Promise<StudioDb>,
  nodeId: string,
  now: () => number,
): Promise<{ db: StudioDb; repos: Repositories }> {
  const db = await database(false);
  await writeSetting(db, 'identity', {
    nodeId,
    facilitatorName: `Facilitator ${nodeId.slice(0, 2)}`,
    partnerOrganisation: `Partner ${nodeId.slice(0, 4)}`,
    createdAt: new Date(T0).toISOString(),
  });
  return { db, repos: createRepositories(db, now) };
}

/** Every synced row, per table, sorted by id. */
export async function readRows(db: StudioDb): Promise<Rows> {
  const out: Partial<Rows> = {};
  for (const table of syncedTableNames) {
    out[table] = ((await bulkTable(db, table).toArray()) as Row[]).sort(byId);
  }
  return out as Rows;
}

/** The synced records as one canonical JSON text (equal data, equal text). */
export const recordsJson = (rows: Rows): string => canonicalJson(rows);

export const isSampleRow = (row: Row): boolean => row.origin === 'sample';

export type IdSets = Map<SyncedTableName, Set<string>>;

const emptySets = (): IdSets => new Map(syncedTableNames.map((t) => [t, new Set<string>()]));

/** Ids of the rows marked as sample, per table. */
export function sampleIdsOf(rows: Rows): IdSets {
  const out = emptySets();
  for (const table of syncedTableNames) {
    for (const row of rows[table]) if (isSampleRow(row)) out.get(table)?.add(row.id);
  }
  return out;
}

/** Every id of the generated sample, per table (the same at every workspace that loads it). */
export const SAMPLE_IDS: IdSets = (() => {
  const out = emptySets();
  for (const [table, rows] of Object.entries(SAMPLE) as [SyncedTableName, { id: string }[]][]) {
    for (const row of rows) out.get(table)?.add(row.id);
  }
  return out;
})();

const refsOf = (table: SyncedTableName, row: Row) =>
  referencesOf(table, row as unknown as SyncedRecordOf[SyncedTableName]);

/**
 * Real rows that need sample data: a required reference to a sample row, or to a row that needs
 * one (computed here from the reference table, independently of the exporter's own closure).
 */
export function entangledOf(rows: Rows, sample: IdSets): IdSets {
  const out = emptySets();
  const needs = (ref: { table: SyncedTableName; id: string; required: boolean }): boolean =>
    ref.required &&
    (sample.get(ref.table)?.has(ref.id) === true || out.get(ref.table)?.has(ref.id) === true);
  let changed = true;
  while (changed) {
    changed = false;
    for (const table of syncedTableNames) {
      for (const row of rows[table]) {
        if (isSampleRow(row) || out.get(table)?.has(row.id)) continue;
        if (refsOf(table, row).some(needs)) {
          out.get(table)?.add(row.id);
          changed = true;
        }
      }
    }
  }
  return out;
}

/**
 * The records an export must leave out: those that need sample data, except erased people (an
 * erasure always travels; nothing requires a contact, so no record needs one in turn).
 */
export function heldBackOf(rows: Rows, sample: IdSets): IdSets {
  const out = entangledOf(rows, sample);
  const contacts = out.get('contacts');
  for (const row of rows.contacts) {
    if ((row as { erasedAt?: unknown }).erasedAt) contacts?.delete(row.id);
  }
  return out;
}

/** Required references among a workspace's own rows whose target it does not hold. */
export function danglingRequired(rows: Rows) {
  return findDangling(rows as unknown as RecordsByTable).filter((ref) => ref.required);
}

export interface RawManifest {
  readonly formatMinor?: number;
  readonly source: { readonly nodeId: string };
  readonly scope: { readonly kind: string };
  readonly omitted?: readonly Omission[];
  readonly carriedFields?: Readonly<Record<string, readonly string[]>>;
  readonly entries: readonly { path: string; table: string }[];
}

export interface OpenedPackage {
  readonly manifest: RawManifest;
  /** Records exactly as the data files hold them (nothing dropped, nothing checked). */
  readonly tables: ReadonlyMap<SyncedTableName, readonly Row[]>;
}

const linesOf = (bytes: Uint8Array | undefined): string[] =>
  new TextDecoder()
    .decode(bytes)
    .split('\n')
    .filter((line) => line !== '');

/** A package's manifest and records as bytes say, without the reader's checks or clean-up. */
export function openPackage(bytes: Uint8Array): OpenedPackage {
  const files = unzip(bytes);
  const manifest = manifestOf(files) as unknown as RawManifest;
  const tables = new Map<SyncedTableName, Row[]>();
  for (const entry of manifest.entries) {
    const table = entry.table as SyncedTableName;
    const rows = tables.get(table) ?? [];
    for (const line of linesOf(files[entry.path])) rows.push(JSON.parse(line) as Row);
    tables.set(table, rows);
  }
  return { manifest, tables };
}

/** The field a newer version of the app added to organisations (unknown to this one). */
export const NEWER_FIELD = 'tenderPortal';

/**
 * The package as a newer app (one minor version ahead) would write it, a manifest key this
 * version does not know, no `carriedFields` (the newer app knows the field), and `tenderPortal`
 * on the organisations `pick` chooses that lack it — with no clock of its own, so it carries the
 * record's `'*'` clock, as a field added with a default by a schema upgrade does.
 */
export function asNewerMinor(
  bytes: Uint8Array,
  pick: (record: Row, index: number) => string | null,
): { bytes: Uint8Array; tagged: [string, string][] } {
  const files = unzip(bytes);
  const manifest = manifestOf(files) as ReturnType<typeof manifestOf> & Record<string, unknown>;
  const tagged: [string, string][] = [];
  let index = 0;
  for (const entry of manifest.entries) {
    if (entry.table !== 'organisations') continue;
    const lines = linesOf(files[entry.path]).map((line) => {
      const record = JSON.parse(line) as Row;
      const value = NEWER_FIELD in record ? null : pick(record, index);
      index += 1;
      if (value === null) return line;
      tagged.push([record.id, value]);
      return canonicalJson({ ...record, [NEWER_FIELD]: value });
    });
    files[entry.path] = strToU8(lines.map((line) => `${line}\n`).join(''));
  }
  manifest.formatMinor = PACKAGE_FORMAT_MINOR + 1;
  manifest.tenderSources = ['ted.europa.eu'];
  delete manifest.carriedFields;
  files['manifest.json'] = strToU8(`${canonicalJson(manifest)}\n`);
  rehash(files);
  return { bytes: zip(files), tagged };
}

/** The package, unsigned, without its manifest's `carriedFields` (hashes fixed): unsaid fields. */
export function withoutCarriedFields(bytes: Uint8Array): Uint8Array {
  const files = unzip(bytes);
  delete files['signature.json'];
  const manifest = manifestOf(files) as ReturnType<typeof manifestOf> & Record<string, unknown>;
  delete manifest.carriedFields;
  files['manifest.json'] = strToU8(`${canonicalJson(manifest)}\n`);
  rehash(files);
  return zip(files);
}

/**
 * What the newer app holds after writing that package: the same field on its own row, with the
 * row's `'*'` clock (this version's repositories cannot write a field they do not know).
 */
export async function storeNewerField(db: StudioDb, id: string, value: string): Promise<void> {
  const row = (await db.organisations.get(id)) as Row | undefined;
  if (row === undefined) throw new Error(`organisation ${id} is not at the newer replica`);
  const stored = normaliseRecord({ ...row, [NEWER_FIELD]: value } as never, 'organisations');
  await db.organisations.put(stored);
}

/** A small seeded PRNG shuffle, so a failing delivery order replays with the fast-check seed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
