/**
 * Reads and checks a package, refusing anything hostile before it is used (EXCHANGE.md,
 * "Refusals"). Order: zip structure and caps from the central directory (nothing inflated yet),
 * then the manifest (format version first, so a newer package says which version it needs), the
 * signature, the entry list against the manifest, and finally each data file: hash, UTF-8, JSON,
 * forbidden keys (on the raw parse, before use) and the record schema of its table.
 */
import type { SyncedRecordOf, SyncedTableName } from '../model/entities';
import { ED25519, fromBase64, subtle } from './crypto';
import { PackageError } from './errors';
import {
  DATA_PATH_PATTERN,
  MANIFEST_PATH,
  MAX_COMPRESSION_RATIO,
  MAX_ENTRIES,
  MAX_ENTRY_BYTES,
  MAX_TOTAL_UNCOMPRESSED_BYTES,
  PACKAGE_FORMAT_MINOR,
  PACKAGE_FORMAT_VERSION,
  RATIO_MIN_BYTES,
  SIGNATURE_PATH,
  isSyncedTableName,
  manifestSchema,
  manifestSchemaV1_0,
  minorOf,
  newerMinorManifestSchema,
  signatureFileSchema,
} from './format';
import type { Manifest, SignatureStatus } from './format';
import type { PackageConflict } from './attachments';
import {
  checkHash,
  decode,
  issueField,
  parseLine,
  readAttachment,
  readEntry,
  type UnknownFieldRule,
} from './read-entries';

export { findForbiddenKey } from './read-entries';
import { importPublicKey } from './keys';
import { checkZipStructure } from './zip-checks';
import { fflateZipReader, type OpenedZip, type ZipReader } from './zip-read';

export interface ReadPackageOptions {
  readonly appFormatVersion?: number;
  /**
   * The newest minor version the reader knows (tests pretend to be an older app); 0 reads as app
   * 0.1.0 did, strictly.
   */
  readonly appFormatMinor?: number;
  /** Signer node id → raw Ed25519 public key (base64) of partners already known. */
  readonly knownKeys?: ReadonlyMap<string, string>;
  /** Called after each data file is checked (for a progress bar). */
  readonly onEntry?: (done: number, total: number) => void;
  /** How the host opens zips (fflate's by default; `mcs` gives Node's zlib). */
  readonly zipReader?: ZipReader;
}

export type PackageTables = { [T in SyncedTableName]?: SyncedRecordOf[T][] };

/** What a package of a newer minor version carried that this version does not know. */
export interface NewerContent {
  /** Record fields this version does not know, per table: kept with the records, passed on. */
  readonly fields: Readonly<Partial<Record<SyncedTableName, readonly string[]>>>;
  /** Tables this version does not know: their records are not imported. */
  readonly tables: readonly { readonly table: string; readonly records: number }[];
  /** Attachments of kinds this version does not know: checked, then ignored. */
  readonly attachments: readonly string[];
}

export interface ReadPackageResult {
  readonly manifest: Manifest;
  readonly tables: PackageTables;
  readonly signature: SignatureStatus;
  /** The signer's public key (base64) when signed. */
  readonly signerKey?: string;
  /** Conflicts a coordinator's merge recorded in the package (attachment `conflicts`). */
  readonly conflicts: readonly PackageConflict[];
  /** What this version does not know (from a newer minor version, or carried over). */
  readonly newer: NewerContent;
}

function parseManifest(
  bytes: Uint8Array,
  appFormatVersion: number,
  appFormatMinor: number,
): Manifest {
  const raw = parseLine(MANIFEST_PATH, 1, decode(MANIFEST_PATH, bytes));
  const head = (raw ?? {}) as {
    formatVersion?: unknown;
    formatMinor?: unknown;
    appVersion?: unknown;
  };
  const version = head.formatVersion;
  if (typeof version === 'number' && version > appFormatVersion) {
    const appVersion = typeof head.appVersion === 'string' ? head.appVersion.slice(0, 40) : '?';
    throw new PackageError('newerFormat', {
      needed: version,
      supported: appFormatVersion,
      appVersion,
    });
  }
  const minor = typeof head.formatMinor === 'number' ? head.formatMinor : 0;
  // A 1.0 reader (app 0.1.0) knew no minor versions: every key it did not know was refused.
  const schema =
    appFormatMinor === 0
      ? manifestSchemaV1_0
      : minor > appFormatMinor
        ? newerMinorManifestSchema
        : manifestSchema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackageError('schemaInvalid', {
      table: 'manifest',
      path: MANIFEST_PATH,
      line: 1,
      field: issueField(issue?.path ?? []),
      message: issue?.message ?? 'invalid',
    });
  }
  return parsed.data;
}

async function checkSignature(
  files: Readonly<Record<string, Uint8Array>>,
  manifest: Manifest,
  knownKeys: ReadonlyMap<string, string> | undefined,
): Promise<{ status: SignatureStatus; key?: string }> {
  const bytes = files[SIGNATURE_PATH];
  const manifestBytes = files[MANIFEST_PATH];
  if (!bytes || !manifestBytes) return { status: 'unsigned' };
  const raw = parseLine(SIGNATURE_PATH, 1, decode(SIGNATURE_PATH, bytes));
  const parsed = signatureFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new PackageError('badSignature', { reason: 'malformed signature.json' });
  const file = parsed.data;
  if (file.signer !== manifest.source.nodeId) {
    throw new PackageError('badSignature', { reason: 'signer is not the source node' });
  }
  let valid = false;
  try {
    const key = await importPublicKey(file.publicKey);
    valid = await subtle().verify(ED25519, key, fromBase64(file.signature), manifestBytes);
  } catch {
    valid = false;
  }
  if (!valid) throw new PackageError('badSignature', { reason: 'the manifest was altered' });
  const known = knownKeys?.get(file.signer);
  const status: SignatureStatus =
    known === undefined
      ? 'valid-unknown'
      : known === file.publicKey
        ? 'valid-known'
        : 'key-changed';
  return { status, key: file.publicKey };
}

/** Whether an entry of the manifest is a table this version knows, or one to skip (newer minor). */
function checkEntryList(
  files: Readonly<Record<string, Uint8Array>>,
  manifest: Manifest,
  isNewerMinor: boolean,
): void {
  const listed = new Set<string>();
  const badPath = (path: string) =>
    new PackageError('schemaInvalid', {
      table: 'manifest',
      path: MANIFEST_PATH,
      line: 1,
      field: 'entries',
      message: `bad or repeated path ${path}`,
    });
  for (const entry of manifest.entries) {
    const match = DATA_PATH_PATTERN.exec(entry.path);
    if (!isSyncedTableName(entry.table) && !isNewerMinor)
      throw new PackageError('unknownTable', { table: entry.table });
    if (!match || match[1] !== entry.table || listed.has(entry.path)) throw badPath(entry.path);
    listed.add(entry.path);
  }
  for (const attachment of manifest.attachments ?? []) {
    if (listed.has(attachment.path)) throw badPath(attachment.path);
    listed.add(attachment.path);
  }
  for (const name of Object.keys(files)) {
    if (name === MANIFEST_PATH || name === SIGNATURE_PATH) continue;
    const match = DATA_PATH_PATTERN.exec(name);
    if (match?.[1] !== undefined && !isSyncedTableName(match[1]) && !listed.has(name)) {
      throw new PackageError('unknownTable', { table: match[1] });
    }
    if (!listed.has(name)) throw new PackageError('entryNotInManifest', { path: name });
  }
  for (const path of listed) {
    if (!files[path]) throw new PackageError('missingEntry', { path });
  }
}

async function unzipChecked(
  bytes: Uint8Array,
  reader: ZipReader,
): Promise<Record<string, Uint8Array>> {
  let opened: OpenedZip;
  try {
    opened = await reader(bytes, MAX_ENTRIES);
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError('truncated');
  }
  checkZipStructure(opened.entries, {
    maxEntries: MAX_ENTRIES,
    maxEntryBytes: MAX_ENTRY_BYTES,
    maxTotalBytes: MAX_TOTAL_UNCOMPRESSED_BYTES,
    maxRatio: MAX_COMPRESSION_RATIO,
    ratioMinBytes: RATIO_MIN_BYTES,
  });
  try {
    return await opened.extract();
  } catch {
    throw new PackageError('truncated');
  }
}

/** Reads a package or throws a `PackageError` naming the first refusal. */
export async function readPackage(
  bytes: Uint8Array,
  {
    appFormatVersion = PACKAGE_FORMAT_VERSION,
    appFormatMinor = PACKAGE_FORMAT_MINOR,
    knownKeys,
    onEntry,
    zipReader = fflateZipReader,
  }: ReadPackageOptions = {},
): Promise<ReadPackageResult> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) throw new PackageError('notZip');
  const files = await unzipChecked(bytes, zipReader);
  const manifestBytes = files[MANIFEST_PATH];
  if (!manifestBytes) throw new PackageError('missingEntry', { path: MANIFEST_PATH });
  const manifest = parseManifest(manifestBytes, appFormatVersion, appFormatMinor);
  const isNewerMinor = minorOf(manifest) > appFormatMinor;
  const signature = await checkSignature(files, manifest, knownKeys);
  checkEntryList(files, manifest, isNewerMinor);
  const carried = manifest.carriedFields ?? {};
  const mayCarry: UnknownFieldRule = (table, field) =>
    isNewerMinor || (carried[table]?.includes(field) ?? false);
  const unknownSeen = new Map<SyncedTableName, Set<string>>();
  const skipped = new Map<string, number>();
  const tables: Record<string, unknown[]> = {};
  const total = manifest.entries.length + (manifest.attachments?.length ?? 0);
  let done = 0;
  for (const entry of manifest.entries) {
    const data = files[entry.path] ?? new Uint8Array();
    if (!isSyncedTableName(entry.table)) {
      // A table of a newer minor version: checked like the rest, not imported.
      await checkHash(entry.path, data, entry);
      skipped.set(entry.table, (skipped.get(entry.table) ?? 0) + entry.records);
    } else {
      const table = entry.table;
      const records = await readEntry(table, entry.path, data, entry, mayCarry, unknownSeen);
      const into = (tables[table] ??= []);
      for (const record of records) into.push(record);
    }
    onEntry?.((done += 1), total);
  }
  const conflicts: PackageConflict[] = [];
  const unknownAttachments: string[] = [];
  for (const attachment of manifest.attachments ?? []) {
    const data = files[attachment.path] ?? new Uint8Array();
    const read = await readAttachment(attachment, data, isNewerMinor);
    if (read === null) unknownAttachments.push(attachment.kind);
    else conflicts.push(...read);
    onEntry?.((done += 1), total);
  }
  const fields: Partial<Record<SyncedTableName, string[]>> = {};
  for (const [table, names] of unknownSeen) fields[table] = [...names].sort();
  return {
    manifest,
    tables: tables as PackageTables,
    signature: signature.status,
    ...(signature.key === undefined ? {} : { signerKey: signature.key }),
    conflicts,
    newer: {
      fields,
      tables: [...skipped].sort().map(([table, records]) => ({ table, records })),
      attachments: unknownAttachments,
    },
  };
}
