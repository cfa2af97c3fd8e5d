/**
 * Writes a package (format v1): a deterministic zip, so the same input gives the same bytes.
 * Records are sorted by id, serialised as canonical JSON one per line in chunks of at most
 * `CHUNK_RECORDS`, every entry hashed (SHA-256) in the manifest, and the manifest optionally signed
 * (Ed25519). Zip entries are sorted by path and carry a fixed timestamp (1980-01-01 00:00).
 */
import { strToU8 } from 'fflate';
import { zipEntries, type ZipCodec } from './zip-write';
import { syncedTableNames, syncedTables } from '../model/entities';
import type { SyncedTableName } from '../model/entities';
import { CONFLICTS_ATTACHMENT_PATH, type PackageConflict } from './attachments';
import { canonicalJson } from './canonical';
import { sha256Hex } from './crypto';
import {
  CHUNK_RECORDS,
  MANIFEST_PATH,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  SIGNATURE_PATH,
  MAX_ATTACHMENT_RECORDS,
  MAX_ENTRY_BYTES,
  dataPath,
  isSyncedTableName,
} from './format';
import type {
  AttachmentEntry,
  Knowledge,
  Manifest,
  ManifestEntry,
  MethodRef,
  Omission,
  PackageScope,
  PackageSource,
  Redaction,
  SignatureFile,
} from './format';
import type { Signer } from './keys';

/** Keys that are local to one computer and never travel (see docs/data-model.md). */
export const LOCAL_ONLY_KEYS = ['origin'] as const;

export type PackageRecord = { readonly id: string } & Readonly<Record<string, unknown>>;

export interface WritePackageInput {
  readonly source: PackageSource;
  readonly scope: PackageScope;
  readonly knowledge: Knowledge;
  /** Synced table name → records. Empty tables get no entry. */
  readonly tables: Readonly<Record<string, readonly PackageRecord[]>>;
  readonly appVersion: string;
  /** ISO date-time. */
  readonly createdAt: string;
  /** UUID. */
  readonly packageId: string;
  readonly methods?: readonly MethodRef[];
  readonly redaction?: Redaction;
  /** What the export left out or could not bring (1.1; omitted when empty). */
  readonly omitted?: readonly Omission[];
  /** Conflicts to keep in the package (1.1; a coordinator's merge). */
  readonly conflicts?: readonly PackageConflict[];
  readonly signer?: Signer;
  /** Called after each data chunk is serialised and hashed (for a progress bar). */
  readonly onChunk?: (done: number, total: number) => void;
  /**
   * The host's DEFLATE and CRC (Node's zlib in `mcs`, ~2.5× faster than fflate's); fflate's when
   * absent. Either gives a valid package; the bytes are deterministic per host.
   */
  readonly codec?: ZipCodec;
}

export const DEFAULT_REDACTION: Redaction = {
  personalData: 'as-shared',
  omittedContacts: 0,
  reason: '',
};

function chunkText(records: readonly PackageRecord[]): string {
  let text = '';
  for (const record of records) text += canonicalJson(record, LOCAL_ONLY_KEYS) + '\n';
  return text;
}

function byId(a: PackageRecord, b: PackageRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Fields of the records that this version's schema does not know (kept from a newer partner). */
function carriedFieldsOf(
  tables: Readonly<Record<string, readonly PackageRecord[]>>,
): Partial<Record<SyncedTableName, string[]>> {
  const out: Partial<Record<SyncedTableName, string[]>> = {};
  for (const table of syncedTableNames) {
    const known = syncedTables[table].record.shape as Record<string, unknown>;
    const extra = new Set<string>();
    for (const record of tables[table] ?? []) {
      for (const key of Object.keys(record)) {
        if (!(key in known) && !(LOCAL_ONLY_KEYS as readonly string[]).includes(key))
          extra.add(key);
      }
    }
    if (extra.size > 0) out[table] = [...extra].sort();
  }
  return out;
}

/**
 * The lowest minor version describing the package (0 for 1.0): 1.2 when a workshop entry is one
 * participant's own (`participantId`), 1.1 when it lists omissions, attachments or carried fields.
 */
function lowestMinorFor(
  tables: Readonly<Record<string, readonly PackageRecord[]>>,
  uses: { hasV1_1: boolean },
): number {
  const hasOwnEntries = (tables.workshopEntries ?? []).some(
    (record) => (record as { participantId?: unknown }).participantId !== undefined,
  );
  if (hasOwnEntries) return 2;
  return uses.hasV1_1 ? 1 : 0;
}

export async function writePackage(input: WritePackageInput): Promise<Uint8Array> {
  for (const table of Object.keys(input.tables)) {
    if (!isSyncedTableName(table)) throw new Error(`Not a synced table: ${table}`);
  }
  const files: Record<string, Uint8Array> = {};
  const entries: ManifestEntry[] = [];
  let chunks = 0;
  for (const table of syncedTableNames) {
    chunks += Math.ceil((input.tables[table]?.length ?? 0) / CHUNK_RECORDS);
  }
  for (const table of syncedTableNames) {
    const records = [...(input.tables[table] ?? [])].sort(byId);
    for (let start = 0, chunk = 0; start < records.length; start += CHUNK_RECORDS, chunk++) {
      const slice = records.slice(start, start + CHUNK_RECORDS);
      const bytes = strToU8(chunkText(slice));
      const path = dataPath(table, chunk);
      files[path] = bytes;
      entries.push({
        path,
        table,
        records: slice.length,
        bytes: bytes.length,
        sha256: await sha256Hex(bytes),
      });
      input.onChunk?.(entries.length, chunks);
    }
  }
  const attachments: AttachmentEntry[] = [];
  if (input.conflicts && input.conflicts.length > 0) {
    const bytes = strToU8(input.conflicts.map((c) => canonicalJson(c) + '\n').join(''));
    // Never write what a reader refuses: the caller keeps fewer conflicts (mcs merge says so).
    if (input.conflicts.length > MAX_ATTACHMENT_RECORDS || bytes.length > MAX_ENTRY_BYTES) {
      throw new Error(
        `Too many conflicts to keep in one package (${input.conflicts.length}, ${bytes.length} bytes)`,
      );
    }
    files[CONFLICTS_ATTACHMENT_PATH] = bytes;
    attachments.push({
      path: CONFLICTS_ATTACHMENT_PATH,
      kind: 'conflicts',
      records: input.conflicts.length,
      bytes: bytes.length,
      sha256: await sha256Hex(bytes),
    });
  }
  const carriedFields = carriedFieldsOf(input.tables);
  const omitted = input.omitted ?? [];
  // The lowest minor version that describes this package, so older apps read it when they can.
  const formatMinor = lowestMinorFor(input.tables, {
    hasV1_1: attachments.length > 0 || omitted.length > 0 || Object.keys(carriedFields).length > 0,
  });
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    ...(formatMinor > 0 ? { formatMinor } : {}),
    packageId: input.packageId,
    createdAt: input.createdAt,
    appVersion: input.appVersion,
    source: input.source,
    scope: input.scope,
    knowledge: input.knowledge,
    methods: [...(input.methods ?? [])],
    entries,
    redaction: input.redaction ?? DEFAULT_REDACTION,
    ...(omitted.length > 0 ? { omitted: [...omitted] } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
    ...(Object.keys(carriedFields).length > 0 ? { carriedFields } : {}),
  };
  const manifestBytes = strToU8(canonicalJson(manifest) + '\n');
  files[MANIFEST_PATH] = manifestBytes;
  if (input.signer) {
    const { signature, publicKey } = await input.signer.sign(manifestBytes);
    const file: SignatureFile = {
      algorithm: 'Ed25519',
      signer: input.source.nodeId,
      publicKey,
      signature,
    };
    files[SIGNATURE_PATH] = strToU8(canonicalJson(file) + '\n');
  }
  return zipEntries(files, input.codec);
}
